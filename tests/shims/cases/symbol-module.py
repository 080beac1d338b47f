"""Shim case symbol-module: the `symbol` module (removed in 3.10).

Old tools read concrete syntax trees (from the parser module, or saved as nested lists) and
named their nodes with symbol.sym_name and token.tok_name.  The parser module is gone as well,
so the tree here is a saved 3.8 parser.suite("x = 1\\n").tolist().  The case also prints the
whole table and checks that the constants and sym_name agree.  3.8 did not warn at import.
"""
import token

import symbol

TREE = [257, [269, [270, [271, [272, [274, [306, [310, [311, [312, [313, [316, [317, [318,
        [319, [320, [321, [322, [323, [324, [325, [1, 'x']]]]]]]]]]]]]]]]], [22, '='],
        [274, [306, [310, [311, [312, [313, [316, [317, [318, [319, [320, [321, [322, [323,
        [324, [325, [2, '1']]]]]]]]]]]]]]]]]]], [4, '']]], [4, ''], [0, '']]


def name(number):
    if number >= token.NT_OFFSET:
        return symbol.sym_name[number]
    return token.tok_name[number]


def show(node, depth=0):
    children = [child for child in node[1:] if isinstance(child, list)]
    leaf = [child for child in node[1:] if isinstance(child, str)]
    # Collapse the chains of single-child nodes the old grammar produced.
    chain = [name(node[0])]
    while len(children) == 1 and not leaf and children[0][0] >= token.NT_OFFSET:
        node = children[0]
        chain.append(name(node[0]))
        children = [child for child in node[1:] if isinstance(child, list)]
        leaf = [child for child in node[1:] if isinstance(child, str)]
    print("  " * depth + " > ".join(chain) + (" %r" % leaf[0] if leaf else ""))
    for child in children:
        show(child, depth + 1)


show(TREE)
print(len(symbol.sym_name), min(symbol.sym_name), max(symbol.sym_name))
print(symbol.file_input, symbol.eval_input, symbol.single_input, symbol.funcdef, symbol.namedexpr_test,
      symbol.func_body_suite, symbol.sym_name[symbol.expr_stmt])
names = [n for n in dir(symbol) if not n.startswith("_") and type(getattr(symbol, n)) is int]
print(len(names), all(symbol.sym_name[getattr(symbol, n)] == n for n in names))
print(sorted(symbol.sym_name.values()) == sorted(names), type(symbol.sym_name).__name__)
for number in sorted(symbol.sym_name):
    print(number, symbol.sym_name[number])
