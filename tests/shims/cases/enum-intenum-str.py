"""Shim case enum-intenum-str: str() of IntEnum and IntFlag members (3.11 change).

Expected output is what 3.8 prints (3.8-3.10 agree).  Since 3.11, str(), "%s" and "{!s}" of
an IntEnum/IntFlag member give the value ("1") instead of "Class.NAME", and format() of
members of classes with their own __str__ formats the integer instead of that text.
Left out because other rows cover them: repr() of Flag pseudo-members, negative and inverted
IntFlag values and IntFlag classes without members (enum-flag-canonical), format() of `class X(int, Enum)` (enum-format-mixins).
"""
import enum
import http
import signal
import socket
from enum import Enum, IntEnum, IntFlag


class Color(IntEnum):
    RED = 1
    GREEN = 2
    CRIMSON = 1          # an alias


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1
    RW = 6
    ALL = 7


class Opt(IntFlag):
    NONE = 0
    A = 1
    B = 8
    AB = 9


class Custom(IntEnum):
    ONE = 1

    def __str__(self):
        return "custom-" + self.name


class Formatted(IntEnum):
    ONE = 1

    def __format__(self, spec):
        return "fmt(%s)" % spec


class Base(IntEnum):
    def describe(self):
        return self.name.lower()


class Derived(Base):
    Z = 3


class FlagBase(IntFlag):
    def describe(self):
        return "flag"


class DerivedFlag(FlagBase):
    Q = 16


class CustomFlag(IntFlag):
    A = 1
    B = 2

    def __str__(self):
        return "cf:%d" % self


class Outer:
    class Inner(IntEnum):
        A = 1


class Mixed(int, Enum):
    A = 5


Functional = IntEnum("Functional", "ALPHA BETA")
FunctionalFlag = IntFlag("FunctionalFlag", "P Q")

FORMS = [
    ("str", str), ("format", format), ("format d", lambda m: format(m, "d")),
    ("format >6", lambda m: format(m, ">6")), ("format x", lambda m: format(m, "x")),
    ("f{}", lambda m: f"{m}"), ("f!s", lambda m: f"{m!s}"),
    ("%s", lambda m: "%s" % m), ("%d", lambda m: "%d" % m),
    ("{}.format", lambda m: "{}".format(m)), ("{:<5}", lambda m: "{:<5}|".format(m)),
    ("{!s:>9}", lambda m: "{!s:>9}|".format(m)), ("__str__", lambda m: m.__str__()),
    ("__format__", lambda m: m.__format__("")),
]


def show(label, member):
    out = []
    for _name, form in FORMS:
        try:
            out.append(form(member))
        except Exception as exc:
            out.append("%s: %s" % (type(exc).__name__, exc))
    print(label, out)


for label, member in [
        ("Color.RED", Color.RED), ("Color.CRIMSON", Color.CRIMSON), ("Color(2)", Color(2)),
        ("Perm.R", Perm.R), ("Perm.R|W", Perm.R | Perm.W), ("Custom.ONE", Custom.ONE),
        ("Formatted.ONE", Formatted.ONE), ("Derived.Z", Derived.Z),
        ("DerivedFlag.Q", DerivedFlag.Q), ("CustomFlag.A|B", CustomFlag.A | CustomFlag.B),
        ("Outer.Inner.A", Outer.Inner.A), ("Functional.BETA", Functional.BETA),
        ("FunctionalFlag.Q", FunctionalFlag.Q)]:
    show(label, member)

print("== int mixed into a plain Enum (unchanged)")
print(str(Mixed.A), "%s" % Mixed.A, repr(Mixed.A), repr(Color.RED), repr(Perm.W))

print("== IntFlag values without a name of their own")
for cls in (Perm, Mode, Opt):
    print(cls.__name__, [str(cls(v)) for v in (0, 1, 2, 3, 5, 6, 7, 8, 9, 12, 15, 16, 23, 255)])
print(str(Perm.R | 8), str(Perm.R & 2), str(Perm.R ^ Perm.W), str(Mode.RW | Mode.X))
print(str(DerivedFlag(0)), str(DerivedFlag(17)), str(FunctionalFlag(3)))

print("== standard-library enums")
print(str(http.HTTPStatus.OK), "%s" % http.HTTPStatus.NOT_FOUND, format(http.HTTPStatus.OK))
print(str(socket.AF_INET), str(socket.SOCK_STREAM), "{!s}".format(signal.SIGINT))
print("%s %d" % (signal.Signals.SIGTERM, signal.Signals.SIGTERM), f"{signal.SIGTERM}")

print("== typical legacy uses")
print("status: %s" % Color.GREEN, "; ".join(str(c) for c in Color))
print(", ".join(map(str, Perm)), str(Color.RED).split(".")[1])
print({str(c): int(c) for c in Color})
print(str(Color.RED) == "Color.RED", str(Color.RED) == "1", Color.RED == 1)
print(Color.__str__ is IntEnum.__str__, Perm.__str__ is IntFlag.__str__,
      Custom.__str__ is IntEnum.__str__)
