"""Shim case inspect-formatargspec: inspect.formatargspec() (removed in 3.11).

3.7-3.10 warned (DeprecationWarning, attributed to the caller) on every call; 3.6 did not.
The output format is the old one: "name=default" with no spaces around "=", even after an
annotation ("b: int=2"), which differs from str(inspect.signature()).  Annotations go through
inspect.formatannotation (typing. prefixes dropped, module-qualified classes outside builtins).
typing.Optional is avoided: its repr changed in 3.9.
"""
import inspect
import os
import sys
import typing
import warnings



def here():
    """The caller's current line: the marker warning line numbers are measured against."""
    return sys._getframe(1).f_lineno


def where(caught, base):
    return [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
            for w in caught]


class Local:
    pass


def plain(a, b, c=1, d=(2,)):
    pass


def full(a, b: int = 2, *args: str, k: float = 1.5, m, **kw: "x") -> typing.List[int]:
    pass


def classes(x: Local, y: "str", z: typing.Dict[str, int] = None) -> None:
    pass


# (label, positional arguments, keyword arguments)
CASES = [
    ("no arguments", ([],), {}),
    ("plain", tuple(inspect.getfullargspec(plain)), {}),
    ("full", tuple(inspect.getfullargspec(full)), {}),
    ("classes", tuple(inspect.getfullargspec(classes)), {}),
    ("varargs", (["a"], "args", "kw", (1,)), {}),
    ("keywords", (), dict(args=["x"], varargs="a", varkw="k", defaults=(0,))),
    ("kwonly", (["a"], None, None, None, ["k", "m"], {"k": 3}), {}),
    ("kwonly after *rest", ([], "rest", None, None, ["k"], {}), {}),
    ("kwonlydefaults None", (["a"], None, None, None, ["k"], None), {}),
    ("tuple args, list defaults", (("a", "b"), None, None, [5]), {}),
    ("more defaults than args", (["a"], None, None, (1, 2)), {}),
    ("string defaults", (["s", "t"], None, None, ("x", "it's")), {}),
    ("formatvalue", (["a", "b"], None, None, (1,)), dict(formatvalue=lambda v: "=<%s>" % v)),
    ("formatarg/varargs/varkw", (["a", "b"], "v", "k", (1,)),
     dict(formatarg=str.upper, formatvarargs=lambda n: "@" + n, formatvarkw=lambda n: "%%" + n)),
    ("annotations", (["a"], None, None, None, (), {}, {"a": int, "return": str}), {}),
    ("formatannotation/returns", (["a"], None, None, None, (), {}, {"a": int, "return": str}),
     dict(formatannotation=lambda a: "T(%s)" % a.__name__, formatreturns=lambda t: " => " + t)),
    ("typing annotations",
     (["a", "b"], None, None, None, (), {}, {"a": typing.List[int], "b": "x", "return": None}), {}),
    ("class annotations",
     (["a", "b"], None, None, None, (), {}, {"a": Local, "b": os.PathLike, "return": Exception}), {}),
    ("NoneType annotation", (["a"], None, None, None, (), {}, {"return": type(None)}), {}),
    ("annotation on *args/**kw", ([], "args", "kw", None, (), {}, {"args": int, "kw": "K"}), {}),
    ("kwonly annotated", ([], None, None, None, ["k"], {"k": 1}, {"k": float}), {}),
]

for label, args, kwargs in CASES:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here(); result = inspect.formatargspec(*args, **kwargs)
    print(label, "->", repr(result), where(caught, base))

print("== next to the new API")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = inspect.formatargspec(*inspect.getfullargspec(full))
print(old)
print(str(inspect.signature(full)))
print(old == str(inspect.signature(full)), len(caught))

print("== legacy pattern: rebuild a def line and a call from an argspec")
# getfullargspec() rather than getargspec(): this case exercises formatargspec only.
spec = inspect.getfullargspec(plain)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("def plain%s: ..." % inspect.formatargspec(*spec))
    print("call: plain%s" % inspect.formatargspec(spec.args, spec.varargs, spec.varkw,
                                                  formatvalue=lambda v: ""))
print([issubclass(w.category, DeprecationWarning) for w in caught])
print(inspect.formatargspec.__name__, "formatargspec" in dir(inspect))
