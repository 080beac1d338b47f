"""Shims for the symtable module: SymbolTable.has_exec() (removed in 3.9).

Python 3 has no exec statement, so the method always answered False; 3.8 did not warn. The
restored method warns at each call and returns False.
"""
from _compat_engine import shim


@shim("symtable-has-exec", removed_in="3.9", replacement="nothing (always False in Python 3)",
      kind="method")
def _has_exec(symtable, ctx):
    def has_exec(self):
        """Return true if the scope uses exec.  Deprecated method."""
        ctx.warn("symtable.SymbolTable.has_exec()",
                 instead="False (Python 3 has no exec statement)", stacklevel=1)
        return False

    has_exec.__module__ = symtable.__name__
    has_exec.__qualname__ = "SymbolTable.has_exec"
    ctx.restore(symtable.SymbolTable, "has_exec", has_exec)


@_has_exec.hide
def _hide_has_exec(symtable):
    if "has_exec" in vars(symtable.SymbolTable):
        delattr(symtable.SymbolTable, "has_exec")
