"""Shim case ast-legacy-constant-classes: ast.Num, ast.Str, ast.Bytes, ast.NameConstant and
ast.Ellipsis (removed in 3.14).

On 3.8 they are subclasses of ast.Constant: calling one makes a plain Constant, isinstance()
against one looks at the Constant's value (bool is a NameConstant, not a Num), and code
generators build trees from them that compile.  3.8 did not warn about any of this, so no
warnings are printed.
"""
import ast


def show(label, make):
    try:
        node = make()
    except TypeError as exc:
        print(label, "-> TypeError:", exc)
        return
    print(label, "->", type(node).__name__, ast.dump(node), sorted(vars(node)))


print("== construction")
show("Num(1)", lambda: ast.Num(1))
show("Num(n=2.5)", lambda: ast.Num(n=2.5))
show("Num(3j, lineno=4, col_offset=5)", lambda: ast.Num(3j, lineno=4, col_offset=5))
show("Num(value=6)", lambda: ast.Num(value=6))
show("Str('x')", lambda: ast.Str("x"))
show("Str(s='y', kind='u')", lambda: ast.Str(s="y", kind="u"))
show("Bytes(b'z')", lambda: ast.Bytes(b"z"))
show("Bytes(s=b'w')", lambda: ast.Bytes(s=b"w"))
show("NameConstant(None)", lambda: ast.NameConstant(None))
show("NameConstant(value=True)", lambda: ast.NameConstant(value=True))
show("Ellipsis()", lambda: ast.Ellipsis())
show("Ellipsis(lineno=7)", lambda: ast.Ellipsis(lineno=7))
show("Num(1, n=2)", lambda: ast.Num(1, n=2))
show("Str('a', s='b')", lambda: ast.Str("a", s="b"))
show("NameConstant(1, value=2)", lambda: ast.NameConstant(1, value=2))
show("NameConstant(1, 2, kind=3)", lambda: ast.NameConstant(1, 2, kind=3))
print(ast.Num(8).value, ast.Str("q").value, ast.Bytes(b"r").value, ast.NameConstant(False).value,
      ast.Ellipsis().value)

print("== the classes")
for name in ("Num", "Str", "Bytes", "NameConstant", "Ellipsis"):
    cls = getattr(ast, name)
    print(name, cls.__name__, cls.__qualname__, cls.__module__, cls._fields,
          issubclass(cls, ast.Constant), issubclass(cls, ast.expr), issubclass(cls, ast.AST),
          issubclass(ast.Constant, cls), type(cls).__name__, cls is getattr(ast, name))
print(issubclass(ast.Num, ast.Str), hasattr(ast, "Num"), "Num" in dir(ast))
namespace = {}
exec("from ast import *", namespace)
print("from ast import *:", sorted(n for n in ("Num", "Str", "Bytes", "NameConstant", "Ellipsis", "Constant")
                                   if n in namespace))

print("== isinstance on parsed constants")
tree = ast.parse("f(1, 2.5, 3j, 'text', b'raw', None, True, False, ..., (1, 2), -4, 10**30)")
for node in ast.walk(tree):
    if isinstance(node, ast.Constant):
        kinds = [n for n in ("Num", "Str", "Bytes", "NameConstant", "Ellipsis")
                 if isinstance(node, getattr(ast, n))]
        print(repr(node.value), kinds)
print(isinstance(ast.Name("x", ast.Load()), ast.Num), isinstance(1, ast.Num), isinstance("s", ast.Str),
      isinstance(ast.Constant(), ast.Num), isinstance(ast.Constant((1,)), (ast.Num, ast.Str)),
      isinstance(ast.Constant("s"), (ast.Num, ast.Str)), isinstance(ast.Num(1), ast.Constant))

print("== typical legacy uses")


def literal(node):
    """What old linters did: branch on the legacy classes."""
    if isinstance(node, ast.Num):
        return "number %r" % (node.value,)
    if isinstance(node, ast.Str):
        return "string %r" % (node.value,)
    if isinstance(node, ast.Bytes):
        return "bytes %r" % (node.value,)
    if isinstance(node, ast.NameConstant):
        return "name constant %r" % (node.value,)
    if isinstance(node, ast.Ellipsis):
        return "ellipsis"
    return "other %s" % type(node).__name__


for source in ("42", "'hi'", "b'x'", "None", "True", "...", "x", "[1]"):
    print(source, "->", literal(ast.parse(source, mode="eval").body))

# A code generator building an expression from the legacy classes.
expr = ast.Expression(body=ast.BinOp(left=ast.Num(n=40), op=ast.Add(), right=ast.Num(n=2)))
print(eval(compile(ast.fix_missing_locations(expr), "<gen>", "eval")))
call = ast.Call(func=ast.Name(id="repr", ctx=ast.Load()),
                args=[ast.Str(s="a"), ast.Bytes(s=b"b"), ast.NameConstant(value=None), ast.Ellipsis()][:1],
                keywords=[])
print(eval(compile(ast.fix_missing_locations(ast.Expression(body=call)), "<gen>", "eval")))
tup = ast.Tuple(elts=[ast.Str(s="a"), ast.Bytes(s=b"b"), ast.NameConstant(value=None), ast.Ellipsis(),
                      ast.Num(n=1.5)], ctx=ast.Load())
print(eval(compile(ast.fix_missing_locations(ast.Expression(body=tup)), "<gen>", "eval")))
print(ast.literal_eval(ast.Num(n=7)), ast.literal_eval(ast.Str(s="lit")))

print("== subclasses")


class MyNum(ast.Num):
    pass


mine = MyNum(3)
print(type(mine).__name__, mine.value, isinstance(mine, MyNum), isinstance(mine, ast.Num),
      isinstance(mine, ast.Constant), isinstance(ast.Constant(3), MyNum), isinstance(ast.Num(3), MyNum))


class MyConstant(ast.Constant):
    pass


print(isinstance(MyConstant(3), ast.Num), isinstance(MyConstant("s"), ast.Num), isinstance(MyConstant("s"), ast.Str))
