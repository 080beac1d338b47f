"""Shim case importlib-find-loader: importlib.find_loader() (removed in 3.12).

On 3.8 every call warned (DeprecationWarning, attributed to the caller) before looking: the
loader of an imported module comes from its __loader__ (ValueError when None or missing),
otherwise from find_spec() over sys.meta_path (top-level names only unless a path is given);
None when nothing is found, ImportError for a namespace package.
"""
import importlib
import importlib.machinery
import os
import sys
import tempfile
import types
import warnings

sys.dont_write_bytecode = True


def here():
    """The caller's current line: the marker warning line numbers are measured against."""
    return sys._getframe(1).f_lineno


def where(caught, base):
    return [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
            for w in caught]


def describe(loader):
    if loader is None:
        return None
    if isinstance(loader, type):
        return loader.__name__
    return type(loader).__name__


TMP = tempfile.mkdtemp()
os.makedirs(os.path.join(TMP, "regular"))
os.makedirs(os.path.join(TMP, "nspkg"))
with open(os.path.join(TMP, "regular", "__init__.py"), "w") as fh:
    fh.write("")
with open(os.path.join(TMP, "regular", "leaf.py"), "w") as fh:
    fh.write("")
with open(os.path.join(TMP, "flat.py"), "w") as fh:
    fh.write("")
sys.path.insert(0, TMP)

import csv  # noqa: E402  (an imported module)
sys.modules["no_loader"] = types.ModuleType("no_loader")
sys.modules["no_loader"].__loader__ = None
sys.modules["unset_loader"] = types.ModuleType("unset_loader")
del sys.modules["unset_loader"].__loader__
sys.modules["odd_loader"] = types.ModuleType("odd_loader")
sys.modules["odd_loader"].__loader__ = "a string loader"

CALLS = [("csv",), ("sys",), ("itertools",), ("flat",), ("regular",), ("regular.leaf",),
         ("leaf", [os.path.join(TMP, "regular")]), ("leaf", [TMP]), ("no_such_module",),
         ("no_such_module.sub",), ("nspkg",), ("no_loader",), ("unset_loader",),
         ("odd_loader",), ("_frozen_importlib",)]
for args in CALLS:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            base = here(); loader = importlib.find_loader(*args)
            result = describe(loader)
        except (ImportError, ValueError) as exc:
            result = "%s: %s" % (type(exc).__name__, exc)
    print(args[0], len(args), "->", result, where(caught, base))

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    print(importlib.find_loader("csv") is csv.__loader__)
    print(importlib.find_loader("sys") is importlib.machinery.BuiltinImporter)
    loader = importlib.find_loader("flat")
    print(loader.name, os.path.relpath(loader.path, TMP), "flat" in sys.modules)
    try:
        importlib.find_loader("nspkg")
    except ImportError as exc:
        print(exc.name)
print(callable(importlib.find_loader), importlib.find_loader.__name__)
sys.path.remove(TMP)
