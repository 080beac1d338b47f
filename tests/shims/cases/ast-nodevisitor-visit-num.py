"""Shim case ast-nodevisitor-visit-num: NodeVisitor dispatching Constant nodes to the legacy
visit_Num / visit_Str / visit_Bytes / visit_NameConstant / visit_Ellipsis (removed in 3.14).

On 3.8, NodeVisitor.visit_Constant calls the legacy method matching the value's type (bool and
None go to visit_NameConstant, int subclasses to visit_Num) and returns what it returns; a
value with no such method goes to generic_visit().  3.8 warned (PendingDeprecationWarning,
attributed to ast.py) at each such call, so the case counts the warnings of each visit.
"""
import ast
import enum
import warnings

SOURCE = "f(1, 2.5, 3j, 'text', b'raw', None, True, ..., -4, (5, 'six'), x)"


class Legacy(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Num(self, node):
        self.seen.append(("Num", node.value))

    def visit_Str(self, node):
        self.seen.append(("Str", node.value))

    def visit_Bytes(self, node):
        self.seen.append(("Bytes", node.value))

    def visit_NameConstant(self, node):
        self.seen.append(("NameConstant", node.value))

    def visit_Ellipsis(self, node):
        self.seen.append(("Ellipsis", node.value))


class OnlyNumbers(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Num(self, node):
        self.seen.append(("Num", node.value))
        return "returned"

    def generic_visit(self, node):
        self.seen.append(("generic", type(node).__name__))
        super().generic_visit(node)


def run(visitor, tree):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = visitor.visit(tree)
    print(type(visitor).__name__, result, len(caught))
    for entry in visitor.seen:
        print("   ", entry)


tree = ast.parse(SOURCE)
run(Legacy(), tree)
run(OnlyNumbers(), tree)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(OnlyNumbers().visit(ast.Constant(1)), OnlyNumbers().visit(ast.Constant("s")), len(caught))


class MyInt(int):
    pass


class Colour(enum.IntEnum):
    RED = 1


class MyStr(str):
    pass


values = [MyInt(7), Colour.RED, MyStr("m"), bytearray(b"ba"), frozenset(), False]
for value in values:
    visitor = Legacy()
    run(visitor, ast.Constant(value))

print("== NodeVisitor.visit_Constant itself")
print(hasattr(ast.NodeVisitor, "visit_Constant"), "visit_Constant" in vars(ast.NodeVisitor),
      ast.NodeVisitor.visit_Constant.__name__, "visit_Constant" in dir(ast.NodeTransformer))
try:
    Legacy().visit(ast.Constant())
except AttributeError as exc:
    print("AttributeError:", exc)


class Both(Legacy):
    def visit_Constant(self, node):
        self.seen.append(("Constant", node.value))
        if isinstance(node.value, str):
            return super().visit_Constant(node)


run(Both(), ast.parse("g(1, 'two')"))

print("== a NodeTransformer folding with visit_Num")


class Negate(ast.NodeTransformer):
    def visit_Num(self, node):
        return ast.copy_location(ast.Constant(value=-node.value), node)

    def visit_Str(self, node):
        return ast.copy_location(ast.Constant(value=node.value.upper()), node)


with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    expr = Negate().visit(ast.parse("(1 + 2, 'ab' + 'c', True)", mode="eval"))
print(eval(compile(ast.fix_missing_locations(expr), "<expr>", "eval")))
