"""Shims for the bz2 module: BZ2File(filename, mode, buffering, compresslevel) (removed in 3.9).

3.0-3.8 accepted and ignored a third `buffering` parameter (warning whenever it was passed,
even as None), so compresslevel could be given positionally as the fourth argument. 3.9 made
compresslevel keyword-only and dropped buffering. The shim wraps BZ2File.__init__ to take that
signature again: a buffering argument warns (attributed to the caller) and is dropped; the
rest goes to the real __init__ (same ValueError for a bad compresslevel, after the warning).
"""
from _compat_engine import shim

_NO_BUFFERING = object()


@shim("bz2file-buffering", removed_in="3.9",
      replacement="drop buffering; pass compresslevel by keyword", kind="parameter")
def _buffering(bz2, ctx):
    cls = bz2.BZ2File
    real_init = cls.__dict__["__init__"]
    if getattr(real_init, "_pythonc_buffering", False):
        return

    def __init__(self, filename, mode="r", buffering=_NO_BUFFERING, compresslevel=9):
        if buffering is not _NO_BUFFERING:
            ctx.warn("the buffering argument of bz2.BZ2File()",
                     instead="BZ2File(filename, mode, compresslevel=...)", stacklevel=1)
        real_init(self, filename, mode, compresslevel=compresslevel)

    __init__.__doc__ = real_init.__doc__
    __init__.__module__ = real_init.__module__
    __init__.__qualname__ = real_init.__qualname__
    __init__._pythonc_buffering = True
    cls.__init__ = __init__


@_buffering.hide
def _hide_buffering(bz2):
    # As 3.9: compresslevel keyword-only, no buffering parameter.
    cls = bz2.BZ2File
    real_init = cls.__dict__["__init__"]

    def __init__(self, filename, mode="r", *, compresslevel=9):
        real_init(self, filename, mode, compresslevel=compresslevel)

    __init__.__doc__ = real_init.__doc__
    __init__.__qualname__ = real_init.__qualname__
    cls.__init__ = __init__
