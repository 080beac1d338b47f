"""Shim case inspect-getargspec, more callables and the function's own identity.

getargspec() was getfullargspec() minus keyword-only parameters and annotations, so it saw
through functools.wraps (__wrapped__), __signature__, metaclass __call__, partialmethod and
positional-only parameters exactly as getfullargspec() does; it rejected anything with a
keyword-only parameter or an annotation, also when they come from a dataclass or a partial.
Only callables whose signature is the same from 3.8 to 3.13 are used (print, Enum classes,
SimpleNamespace and itertools.chain changed).
"""
import collections
import dataclasses
import functools
import inspect
import operator
import os
import sys
import warnings


def here():
    return sys._getframe(1).f_lineno


def where(caught, base):
    return [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
            for w in caught]


def deco(f):
    @functools.wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner


@deco
def wrapped(a, b=2):
    pass


class Sig:
    def __call__(self, a):
        pass
    __signature__ = inspect.Signature(
        [inspect.Parameter("q", inspect.Parameter.POSITIONAL_OR_KEYWORD, default=9)])


class Meta(type):
    def __call__(cls, x, y=1):
        pass


class WithMeta(metaclass=Meta):
    pass


class Slots:
    __slots__ = ("a",)

    def __init__(self, a, *rest):
        pass


class PM:
    def m(self, a, b, c=3):
        pass
    pm = functools.partialmethod(m, 1)


async def coro(a, b=1):
    pass


def gen(x, *y):
    yield


@dataclasses.dataclass
class DC:
    a: int
    b: str = "x"


NT = collections.namedtuple("NT", "x y")


def mutable_defaults(a=[], b={}, c=None, d=object):
    pass


def positional_only(a, b, /, c):
    pass


CALLABLES = [
    ("wrapped", wrapped), ("Sig()", Sig()), ("WithMeta", WithMeta), ("Slots", Slots),
    ("PM.pm", PM.pm), ("PM().pm", PM().pm), ("coro", coro), ("gen", gen), ("DC", DC),
    ("NT", NT), ("NT._make", NT._make), ("mutable_defaults", mutable_defaults),
    ("positional_only", positional_only),
    ("partial positional", functools.partial(lambda a, b, c=1: 0, 1)),
    ("partial keyword", functools.partial(lambda a, b=2: 0, b=3)),
    ("int", int), ("object", object), ("type", type), ("object()", object()),
    ("list.append", list.append), ("[].append", [].append), ("operator.add", operator.add),
    ("abs", abs), ("staticmethod object", staticmethod(lambda a: 0)),
    ("classmethod object", classmethod(lambda c: 0)), ("str", str), ("dict", dict),
    ("max", max), ("iter", iter), ("None", None), ("functools.reduce", functools.reduce),
    ("Exception", Exception), ("round", round), ("pow", pow), ("isinstance", isinstance),
    ("sum", sum), ("format", format), ("str.split", str.split), ("str.encode", str.encode),
    ("int.to_bytes", int.to_bytes), ("list.sort", list.sort), ("dict.pop", dict.pop),
    ("os.getcwd", os.getcwd), ("os.path.join", os.path.join),
]

for label, obj in CALLABLES:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            base = here(); result = repr(inspect.getargspec(obj))
        except (ValueError, TypeError) as exc:
            result = "%s: %s" % (type(exc).__name__, exc)
    print(label, "->", result, where(caught, base))

print("== the function itself")
print(inspect.getargspec.__name__, inspect.getargspec.__qualname__, inspect.getargspec.__module__)
print(inspect.signature(inspect.getargspec), bool(inspect.getargspec.__doc__))
print(inspect.ArgSpec.__qualname__, inspect.ArgSpec.__doc__)
print(hasattr(inspect, "FullArgSpec"), inspect.getargspec is getattr(inspect, "getargspec"))
from inspect import getargspec, ArgSpec  # noqa: E402
print(getargspec is inspect.getargspec, ArgSpec is inspect.ArgSpec)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        inspect.getargspec()
    except TypeError as exc:
        print("no argument:", exc, len(caught))

print("== warnings")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for _ in range(3):
        base = here(); inspect.getargspec(wrapped)
print("default filter, same line three times:", where(caught, base))
with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        inspect.getargspec(wrapped)
        print("no error")
    except DeprecationWarning as exc:
        print("raised", issubclass(type(exc), DeprecationWarning))


def indirect(func):
    return inspect.getargspec(func)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    indirect(wrapped)
print("through a helper:", [(os.path.basename(w.filename), w.lineno == indirect.__code__.co_firstlineno + 1)
                            for w in caught])
