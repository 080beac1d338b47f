"""Shim case typing-namedtuple-field-types: the _field_types attribute of typing.NamedTuple
classes (removed in 3.9).

In 3.6-3.8 it was the class's field-name -> type dict, the very same object as __annotations__,
for the class syntax and both functional forms, reachable from instances and inherited by
subclasses.  3.8 did not warn, so no warnings are printed.
"""
import typing
import warnings
from typing import List, NamedTuple

warnings.simplefilter("ignore")


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = ""


Pair = NamedTuple("Pair", [("key", str), ("values", List[int])])
Keyword = typing.NamedTuple("Keyword", name=str, weight=float)
Empty = NamedTuple("Empty", [])


class Point3(Point):
    z: int


def describe(cls):
    fields = cls._field_types
    return "%s %s %s" % (cls.__name__, type(fields).__name__, [(k, v.__name__ if isinstance(v, type) else repr(v)) for k, v in fields.items()])


for cls in (Point, Pair, Keyword, Empty, Point3):
    print(describe(cls))

print("same object as __annotations__:", Point._field_types is Point.__annotations__, Pair._field_types is Pair.__annotations__)
print("from an instance:", sorted(Point(1)._field_types), Pair("k", [1])._field_types["key"].__name__)
print("in class dict:", "_field_types" in vars(Point), "_field_types" in vars(Point3))
print("matches _fields:", tuple(Point._field_types) == Point._fields, tuple(Keyword._field_types) == Keyword._fields)


def to_schema(nt):
    """How old serialisation libraries used it."""
    return {name: typ.__name__ if isinstance(typ, type) else str(typ) for name, typ in nt._field_types.items()}


print(to_schema(Point))
print(to_schema(Pair))
print("plain namedtuple has none:", hasattr(__import__("collections").namedtuple("N", "a b"), "_field_types"))
