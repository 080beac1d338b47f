"""Shim case symtable-has-exec: symtable.SymbolTable.has_exec() (removed in 3.9).

Python 3 has no exec statement: in 3.0-3.8 the method returned False for every table, even
one whose code calls exec().  3.8 did not warn, so no warnings are printed.
"""
import symtable
import warnings

warnings.simplefilter("ignore")

SOURCE = '''
import os
def f(a):
    exec("b = a")
    return eval("a")
class C:
    exec("x = 1")
    def m(self):
        return lambda: self
'''


def walk(table, depth=0):
    print("  " * depth + "%s %s %s has_exec=%r" % (table.get_type(), table.get_name(), type(table).__name__, table.has_exec()))
    for child in table.get_children():
        if child.get_name() != "__annotate__":   # 3.14's annotation scopes (PEP 649)
            walk(child, depth + 1)


walk(symtable.symtable(SOURCE, "<source>", "exec"))
walk(symtable.symtable("exec('1')", "<single>", "exec"))
print(symtable.SymbolTable.has_exec.__name__, callable(symtable.Function.has_exec))
try:
    symtable.symtable("x = 1", "<s>", "exec").has_exec(1)
except TypeError:
    print("has_exec(1): TypeError")
