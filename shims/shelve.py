"""Shims for the shelve module.

- shelve-default-protocol (changed in 3.10): a Shelf (and so shelve.open(), DbfilenameShelf
  and BsdDbShelf) given no protocol, or protocol=None, pickled its values with protocol 3
  up to 3.9; 3.10 switched to pickle.DEFAULT_PROTOCOL.  Under an older compatibility version
  the default is 3 again (shelves written for an old reader stay readable by it); an explicit
  protocol still wins.  Each shelf opened on the restored default warns once.
"""
from _compat_engine import shim

_OLD_PROTOCOL = 3


def _outside_shelve(level):
    """The stacklevel (for ctx.warn) of the first frame, from `level` up, outside shelve:
    shelve.open() and the Shelf subclasses reach Shelf.__init__ through shelve itself."""
    import sys
    frame = sys._getframe(level + 1)
    while frame is not None and frame.f_globals.get("__name__") == "shelve":
        level += 1
        frame = frame.f_back
    return level


def _wrap_init(shelve, original, default_for):
    def __init__(self, dict, protocol=None, *args, **kwargs):
        if protocol is None:
            protocol = default_for(self)
        original(self, dict, protocol, *args, **kwargs)

    __init__.__qualname__ = "Shelf.__init__"
    __init__.__module__ = shelve.__name__
    __init__.__doc__ = original.__doc__
    __init__.__wrapped__ = original
    return __init__


@shim("shelve-default-protocol", removed_in="3.10",
      replacement="pass protocol=3 explicitly (or accept pickle.DEFAULT_PROTOCOL)",
      kind="default-change")
def _default_protocol(shelve, ctx):
    Shelf = shelve.Shelf
    original = Shelf.__dict__["__init__"]
    if getattr(original, "_pythonc_protocol3", False):
        return

    def default_for(shelf):
        ctx.warn("the default pickle protocol 3 of shelve", instead="protocol=3",
                 stacklevel=_outside_shelve(2))
        return _OLD_PROTOCOL

    wrapper = _wrap_init(shelve, original, default_for)
    wrapper._pythonc_protocol3 = True
    Shelf.__init__ = wrapper


@_default_protocol.hide
def _hide_default_protocol(shelve):
    """Make an older shelve default to pickle.DEFAULT_PROTOCOL, as 3.10 does."""
    Shelf = shelve.Shelf

    def default_for(shelf):
        import sys
        return sys.modules["pickle"].DEFAULT_PROTOCOL

    Shelf.__init__ = _wrap_init(shelve, Shelf.__dict__["__init__"], default_for)
