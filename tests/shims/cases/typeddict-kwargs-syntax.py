"""Shim case typeddict-kwargs-syntax: TypedDict("TD", x=int, y=str), the keyword form of the
functional syntax (removed in 3.13), with total=False, mixed with a dict (refused), no fields
at all, and the class syntax and dict form next to it, unchanged."""
import typing
import warnings
from typing import TypedDict

warnings.simplefilter("ignore")


def show(td):
    return (td.__name__, td.__module__, td.__total__,
            sorted((k, v.__name__) for k, v in td.__annotations__.items()))


Movie = TypedDict("Movie", name=str, year=int)
print(show(Movie), Movie(name="Blade Runner", year=1982))
Partial = TypedDict("Partial", total=False, name=str)
print(show(Partial), Partial())
Typed = typing.TypedDict("Typed", x=int)
print(show(Typed))
try:
    TypedDict("Both", {"a": int}, b=str)
except TypeError as exc:
    print("TypeError", exc)
print(show(TypedDict("AsDict", {"a": int, "b": str})))
print(show(TypedDict("AsDictPartial", {"a": int}, total=False)))


class Point(TypedDict):
    x: int
    y: int


class Point3(Point, total=False):
    z: int


print(show(Point), show(Point3), Point(x=1, y=2))
print(isinstance(Movie(name="x", year=1), dict), type(Movie(name="x", year=1)).__name__)
