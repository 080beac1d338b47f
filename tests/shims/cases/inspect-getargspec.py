"""Shim case inspect-getargspec: inspect.getargspec() and inspect.ArgSpec (removed in 3.11).

On 3.8-3.10 every call warned (DeprecationWarning, attributed to the caller) before doing any
work, so calls that then raised had warned too.  getargspec() raised ValueError for keyword-only
parameters or any annotation (message stable 3.8-3.10; 3.7 named getfullargspec() instead), and
TypeError("unsupported callable") for callables without a signature.  Bound methods keep their
first parameter (getargspec does not drop `self`).  Builtins are limited to those whose
__text_signature__ is the same on 3.8 and 3.13.
"""
import functools
import inspect
import os
import sys
import warnings



def here():
    """The caller's current line: the marker warning line numbers are measured against."""
    return sys._getframe(1).f_lineno


def where(caught, base):
    return [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
            for w in caught]


def f0():
    pass


def f1(a, b, c=1, d=(2,)):
    pass


def f2(a, *args, **kw):
    pass


def f3(a, b=None, *rest):
    pass


def kwonly(a, *, b=1):
    pass


def kwonly_required(a, *, b):
    pass


def annotated(a: int, b):
    pass


def returns(a) -> int:
    pass


lam = lambda x, y=3, *z: 0


class Old:
    def __init__(self, q, r=0):
        pass

    def method(self, x, y=2):
        pass

    @classmethod
    def cmethod(cls, a):
        pass

    @staticmethod
    def smethod(a, b=1):
        pass

    def __call__(self, z, **opts):
        pass


class Empty:
    pass


class WithNew:
    def __new__(cls, a, b=2):
        return object.__new__(cls)


@functools.wraps(f1)
def wrapper(*a, **k):
    return f1(*a, **k)


partial = functools.partial(f1, 1, d=5)

CALLABLES = [
    ("f0", f0), ("f1", f1), ("f2", f2), ("f3", f3), ("lambda", lam),
    ("Old.method", Old.method), ("Old(1).method", Old(1).method),
    ("Old.cmethod", Old.cmethod), ("Old.smethod", Old.smethod),
    ("Old", Old), ("Old(1) instance", Old(1)), ("Empty", Empty), ("WithNew", WithNew),
    ("wrapper", wrapper), ("partial", partial),
    ("len", len), ("divmod", divmod), ("dict.get", dict.get), ("{}.get", {}.get),
    ("str.join", str.join), ("str.replace", str.replace), ("dict.fromkeys", dict.fromkeys),
    ("kwonly", kwonly), ("kwonly_required", kwonly_required), ("annotated", annotated),
    ("returns", returns), ("sorted", sorted),
    ("getattr", getattr), ("1", 1), ("'str'", "str"),
]

for label, obj in CALLABLES:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            base = here(); spec = inspect.getargspec(obj)
            result = repr(spec)
        except (ValueError, TypeError) as exc:
            result = "%s: %s" % (type(exc).__name__, exc)
    print(label, "->", result, where(caught, base))

print("== ArgSpec")
with warnings.catch_warnings(record=True):
    warnings.simplefilter("always")
    spec = inspect.getargspec(f1)
print(type(spec) is inspect.ArgSpec, isinstance(spec, tuple), type(spec).__name__, len(spec))
print(inspect.ArgSpec._fields, inspect.ArgSpec.__name__, inspect.ArgSpec.__module__)
print(spec.args, spec.varargs, spec.keywords, spec.defaults)
args, varargs, keywords, defaults = spec
print(args, varargs, keywords, defaults, spec[0] is spec.args, spec[-1])
print(spec == (["a", "b", "c", "d"], None, None, (1, (2,))), spec._asdict() == {
    "args": ["a", "b", "c", "d"], "varargs": None, "keywords": None, "defaults": (1, (2,))})
print(spec._replace(varargs="v"))
print(inspect.ArgSpec(["x"], "a", "k", None), inspect.ArgSpec(args=[], varargs=None, keywords=None, defaults=()))
try:
    spec.keywords = "nope"
except AttributeError:
    print("AttributeError: ArgSpec is immutable")

print("== typical legacy uses")


def accepts(func, name):
    """What decorator libraries did with getargspec before signature()."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        spec = inspect.getargspec(func)
    return name in spec.args or spec.keywords is not None


print(accepts(f1, "c"), accepts(f1, "z"), accepts(f2, "z"), accepts(Old.method, "self"))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    args, _, _, defaults = inspect.getargspec(f3)
    print(dict(zip(args[-len(defaults):], defaults)))
print(len(caught), [issubclass(w.category, DeprecationWarning) for w in caught])
print("getargspec" in dir(inspect), callable(inspect.getargspec), inspect.getargspec.__name__)
