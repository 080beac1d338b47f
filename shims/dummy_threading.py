"""The `dummy_threading` module as Python 3.8 had it (removed in 3.9), restored by pythonc.

The interface of `threading`, run sequentially: Thread.start() runs the thread's target at
once, in the calling thread, and locks never block. As in 3.8 it is a private copy of the
`threading` module built on `_dummy_thread` instead of `_thread` (here: a fresh copy of the
running threading), with its own copy of `_threading_local`; the real `threading`,
`_thread` and `_threading_local` in sys.modules are left as they were (absent if they were).
The copies stay in sys.modules as `_dummy_threading` and `_dummy__threading_local`, and
`_dummy_thread` is put there too. Importing it emits one CompatDeprecationWarning.
"""

__shim__ = {"id": "dummy-threading-modules", "removed_in": "3.9",
            "target": ("dummy_threading", "_dummy_thread"),
            "replacement": "threading / _thread (always available since 3.7)"}

import sys as _sys


def _dummy_thread_module():
    module = _sys.modules.get("_dummy_thread")
    if module is None:
        import types
        import _compat
        module = types.ModuleType("_dummy_thread")
        exec(_compat._code("_dummy_thread"), module.__dict__)
        _sys.modules["_dummy_thread"] = module
    return module


def _sequential_threading():
    """(copy of threading, copy of _threading_local), both built on _dummy_thread."""
    names = ("threading", "_threading_local", "_thread")
    held = {name: _sys.modules.pop(name, None) for name in names}
    try:
        dummy = _dummy_thread_module()
        if _sys.version_info < (3, 13):
            # Older threading modules fall back to _threading_local for `local`, as 3.8 did.
            dummy.__dict__.pop("_local", None)
        _sys.modules["_thread"] = dummy
        import threading
        import _threading_local
        return threading, _threading_local
    finally:
        for name in names:
            if held[name] is None:
                _sys.modules.pop(name, None)
            else:
                _sys.modules[name] = held[name]


_copy, _local_copy = _sequential_threading()
_sys.modules["_dummy_threading"] = _copy
_sys.modules["_dummy__threading_local"] = _local_copy
__all__ = list(_copy.__all__)
globals().update({name: getattr(_copy, name) for name in __all__})


def _drop_thread_locals(copy=_copy):
    """At exit, while the copy is intact: let go of its thread-local data (3.13's copy keeps
    there the object that unregisters a dummy thread when collected, which would otherwise
    run after the copy's globals are cleared and report an ignored exception)."""
    info = getattr(copy, "_thread_local_info", None)
    if info is not None:
        vars(info).clear()


import atexit as _atexit
_atexit.register(_drop_thread_locals)
del _copy, _local_copy, _atexit
