"""Shim case namedtuple-asdict-dict: <namedtuple>._asdict() returned an OrderedDict from 3.1 to
3.7 (a plain dict since 3.8).

For every namedtuple class: those made here, with defaults, renamed fields or typing's
NamedTuple, subclasses, and ones the standard library made at import time. OrderedDict's
repr changed in 3.12, so the case prints types and items. (pythonc's own
warning about the restored behaviour is left out: 3.7 did not warn.)
"""
# pythonc-oracle: 3.7
import collections
import json
import os
import sys
import typing
import urllib.parse
import warnings


def others(caught):
    """The warnings that are not pythonc's (3.7 emitted none here)."""
    return [(w.category.__name__, os.path.basename(w.filename)) for w in caught
            if w.category.__name__ != "CompatDeprecationWarning"]


Point = collections.namedtuple("Point", "x y")
Defaults = collections.namedtuple("Defaults", ["a", "b", "c"], defaults=[2, 3])
Renamed = collections.namedtuple("Renamed", "ok def ok _x", rename=True)
Empty = collections.namedtuple("Empty", "")
Placed = collections.namedtuple("Placed", "p", module="somewhere.else")


class Typed(typing.NamedTuple):
    name: str
    size: int = 0


class Sub(Point):
    __slots__ = ()

    def norm(self):
        return abs(self.x) + abs(self.y)


class OwnAsdict(Point):
    def _asdict(self):
        return {"custom": True}


print("== _asdict()")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for value in (Point(1, 2), Defaults(1), Renamed(1, 2, 3, 4), Empty(), Placed("p"),
                  Typed("t"), Sub(3, -4), OwnAsdict(0, 0),
                  urllib.parse.urlsplit("http://h/p?q#f"), sys.version_info[:0] or Point(y=0, x=9)):
        result = value._asdict()
        print(type(value).__name__, type(result).__name__, list(result.items()))
print(others(caught))

print("== what old code did with the result")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    d = Point(1, 2)._asdict()
    d.move_to_end("x")
    print(list(d), d.popitem(last=False), list(d.items()))
    print(Point(1, 2)._asdict() == collections.OrderedDict([("y", 2), ("x", 1)]))
    print(json.dumps(Typed("n", 5)._asdict()), list(reversed(Defaults(0)._asdict())))
    print(isinstance(Point(0, 0)._asdict(), dict), Point(0, 0)._asdict().__class__.__name__)
print(others(caught))

print("== classes and the factory")
print(Point.__module__, Placed.__module__, Typed.__module__, Point._fields, Renamed._fields)
print(Point._asdict.__name__, Point._asdict.__qualname__, Sub._asdict is Point._asdict)
print(collections.namedtuple.__name__, collections.namedtuple.__module__)
made = collections.namedtuple("Made", "q")
print(made.__module__, made(1) == (1,), made._make([5]), made(1)._replace(q=2))
from collections import namedtuple
print(namedtuple is collections.namedtuple)
