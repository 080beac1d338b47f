"""Shim case inspect-formatargspec, more inputs and the function's own identity.

formatargspec() only formats: it takes any sequences, skips empty defaults, applies formatarg
also to the names of *args/**kwargs (before formatvarargs/formatvarkw), checks annotations by
name (so "return" only annotates the result), and leaves errors from the formatters or from
non-string results to the caller (the join fails). Every call warned first, so a call that
raised had warned too.
"""
import inspect
import os
import sys
import warnings


def here():
    return sys._getframe(1).f_lineno


def where(caught, base):
    return [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
            for w in caught]


CASES = [
    ("empty defaults tuple", (["a", "b"], None, None, ()), {}),
    ("defaults as a list", (["a", "b"], None, None, [1, 2]), {}),
    ("args as a tuple of one", (("only",),), {}),
    ("args as a generator (no len())", ((n for n in "ab"), None, None, (1,)), {}),
    ("varargs only", ([], "rest"), {}),
    ("varkw only", ([], None, "options"), {}),
    ("empty-string names", ([""], "", ""), {}),
    ("kwonly with defaults for some", ([], None, None, None, ["x", "y"], {"y": None}), {}),
    ("kwonly given as a tuple, defaults ignored for unknown names", ([], None, None, None, ("x",), {"z": 1}), {}),
    ("return annotation only", ([], None, None, None, (), {}, {"return": "R"}), {}),
    ("annotation for an unknown name", (["a"], None, None, None, (), {}, {"b": int}), {}),
    ("annotation values as strings", (["a"], "v", "k", None, ["w"], {}, {"a": "A", "v": "V", "k": "K", "w": "W"}), {}),
    ("formatvalue returning empty", (["a", "b"], None, None, (1, 2)), dict(formatvalue=lambda v: "")),
    ("formatarg with annotation", (["a"], None, None, None, (), {}, {"a": int}), dict(formatarg=lambda n: "<%s>" % n)),
    ("formatreturns without return annotation", (["a"],), dict(formatreturns=lambda t: "never")),
    ("formatannotation for return and args", (["a"], None, None, (0,), (), {}, {"a": 1, "return": 2}),
     dict(formatannotation=lambda a: "#%d" % a)),
    ("formatvarargs sees formatarg first", ([], "v", "k"), dict(formatarg=lambda n: n * 2)),
    ("non-string formatarg result", (["a"],), dict(formatarg=lambda n: 1)),
    ("annotations=None", (["a"], None, None, None, (), {}, None), {}),
    ("formatvalue raising", (["a"], None, None, (1,)), dict(formatvalue=lambda v: 1 / 0)),
    ("nested defaults", (["a", "b"], None, None, ({"k": [1, (2,)]}, frozenset())), {}),
]

for label, args, kwargs in CASES:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            base = here(); result = repr(inspect.formatargspec(*args, **kwargs))
        except (TypeError, ZeroDivisionError) as exc:
            result = type(exc).__name__
    print(label, "->", result, where(caught, base))

print("== the function itself")
print(inspect.formatargspec.__name__, inspect.formatargspec.__qualname__, inspect.formatargspec.__module__,
      bool(inspect.formatargspec.__doc__))
parameters = inspect.signature(inspect.formatargspec).parameters
print(list(parameters))
print([parameters[name].default for name in ("varargs", "varkw", "defaults", "kwonlyargs",
                                             "kwonlydefaults", "annotations")])
print(parameters["formatarg"].default is str, parameters["formatannotation"].default is inspect.formatannotation)
print([parameters[name].default(x) for name, x in (("formatvarargs", "a"), ("formatvarkw", "k"),
                                                   ("formatvalue", "v"), ("formatreturns", "R"))])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        inspect.formatargspec()
    except TypeError as exc:
        print("no argument:", exc, len(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        inspect.formatargspec([], nonsense=1)
    except TypeError as exc:
        print("unknown keyword:", exc, len(caught))
with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        inspect.formatargspec([])
        print("no error")
    except DeprecationWarning as exc:
        print("raised", issubclass(type(exc), DeprecationWarning))
from inspect import formatargspec  # noqa: E402
print(formatargspec is inspect.formatargspec)
