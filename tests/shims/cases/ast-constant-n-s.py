"""Shim case ast-constant-n-s: ast.Constant.n and ast.Constant.s (removed in 3.14).

On 3.8 both are read/write properties of ast.Constant that stand for .value, whatever the
value's type; 3.8 did not warn about them, so no warnings are printed.
"""
import ast

tree = ast.parse('"""Module doc."""\nx = 1 + 2.5 - 3j\ny = b"raw" if None else ...\nz = f(True, "s")\n')
for node in ast.walk(tree):
    if isinstance(node, ast.Constant):
        print(repr(node.value), repr(node.n), repr(node.s), node.n is node.value, node.s is node.value)

print("== docstring the old way")
print(tree.body[0].value.s, tree.body[0].value.s.upper())

print("== writing")
node = ast.Constant(value=1)
node.n = 10
print(node.value, node.n, node.s)
node.s = "text"
print(node.value, node.n, node.s, sorted(vars(node)))
node.value = b"bytes"
print(node.n, node.s)

print("== the properties")
print(type(ast.Constant.__dict__["n"]).__name__, type(ast.Constant.__dict__["s"]).__name__,
      hasattr(ast.Constant, "n"), hasattr(ast.Constant, "s"), "n" in dir(ast.Constant))
empty = ast.Constant()
for name in ("n", "s"):
    try:
        getattr(empty, name)
    except AttributeError as exc:
        print(name, "AttributeError:", exc)
print(hasattr(ast.Name(id="x", ctx=ast.Load()), "n"), hasattr(ast.Name(id="x", ctx=ast.Load()), "s"))
try:
    del node.n
except AttributeError:
    print("del n: AttributeError")
print(node.value)

print("== a transformer that rewrites numbers through .n")


class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
            node.n = node.n * 2
        return node


expr = ast.parse("1 + 2 * 3.5", mode="eval")
print(eval(compile(Double().visit(expr), "<expr>", "eval")))
