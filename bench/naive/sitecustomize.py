"""The naive alternative to pythonc's lazy shims: a benchmark baseline, not product code.

This is what a user might write instead of using pythonc: a ``sitecustomize.py`` put on
``PYTHONPATH`` that eagerly imports the modules whose removed APIs it restores and
monkeypatches them at every start-up, whether or not the program ever uses them.
``bench/run.sh`` runs the platform ``python3`` with ``PYTHONPATH=bench/naive`` and compares it
with ``pythonc --compat 3.6``.

It restores only what the benchmark workloads need and never warns. It then runs the
``sitecustomize`` it shadows (Debian ships one), so that the baseline does everything the
platform interpreter does on its own plus the monkeypatching.
"""

import asyncio
import builtins
import collections
import collections.abc
import functools
import inspect
import io
import sys
import types
import unittest

# collections.Mapping & co. (removed in 3.10)
for _name in collections.abc.__all__:
    if not hasattr(collections, _name):
        setattr(collections, _name, getattr(collections.abc, _name))

# inspect.getargspec (removed in 3.11)
if not hasattr(inspect, "getargspec"):
    ArgSpec = collections.namedtuple("ArgSpec", "args varargs keywords defaults")

    def getargspec(func):
        spec = inspect.getfullargspec(func)
        if spec.kwonlyargs or spec.annotations:
            raise ValueError("Function has keyword-only parameters or annotations, "
                             "use inspect.signature() API which can support them")
        return ArgSpec(spec.args, spec.varargs, spec.varkw, spec.defaults)

    inspect.ArgSpec = ArgSpec
    inspect.getargspec = getargspec

# open(..., "rU") (the "U" mode was removed in 3.11)
_real_open = builtins.open


@functools.wraps(_real_open)
def _open(file, mode="r", *args, **kwargs):
    if isinstance(mode, str) and "U" in mode:
        mode = mode.replace("U", "") or "r"
    return _real_open(file, mode, *args, **kwargs)


builtins.open = _open
io.open = _open

# asyncio.coroutine (removed in 3.11)
if not hasattr(asyncio, "coroutine"):
    def coroutine(func):
        if inspect.iscoroutinefunction(func):
            return func
        if inspect.isgeneratorfunction(func):
            coro = func
        else:
            @functools.wraps(func)
            def coro(*args, **kwargs):
                res = func(*args, **kwargs)
                if inspect.isawaitable(res) or inspect.isgenerator(res):
                    res = yield from res.__await__() if hasattr(res, "__await__") else res
                return res
        coro = types.coroutine(coro)
        marker = getattr(asyncio.coroutines, "_is_coroutine", None)
        if marker is not None:
            coro._is_coroutine = marker
        return coro

    asyncio.coroutine = coroutine
    asyncio.coroutines.coroutine = coroutine

# unittest's deprecated aliases (removed in 3.12)
_TC = unittest.TestCase
for _old, _new in {
    "assertEquals": "assertEqual",
    "assertNotEquals": "assertNotEqual",
    "assertAlmostEquals": "assertAlmostEqual",
    "assertNotAlmostEquals": "assertNotAlmostEqual",
    "assert_": "assertTrue",
    "failUnless": "assertTrue",
    "failIf": "assertFalse",
    "failUnlessEqual": "assertEqual",
    "failIfEqual": "assertNotEqual",
    "failUnlessAlmostEqual": "assertAlmostEqual",
    "failIfAlmostEqual": "assertNotAlmostEqual",
    "failUnlessRaises": "assertRaises",
    "assertRegexpMatches": "assertRegex",
    "assertNotRegexpMatches": "assertNotRegex",
    "assertRaisesRegexp": "assertRaisesRegex",
}.items():
    if not hasattr(_TC, _old):
        setattr(_TC, _old, getattr(_TC, _new))


# Run the sitecustomize this file shadows, if the platform has one.
def _chain():
    import os
    here = os.path.dirname(os.path.realpath(__file__))
    rest = [p for p in sys.path if p and os.path.realpath(p) != here]
    for finder in sys.meta_path:
        if getattr(finder, "__name__", "") == "PathFinder":
            spec = finder.find_spec("sitecustomize", rest)
            if spec is not None and spec.loader is not None:
                module = types.ModuleType("sitecustomize")  # not put in sys.modules
                module.__file__ = spec.origin
                spec.loader.exec_module(module)
            return


_chain()
del _chain, _name, _old, _new, _TC
