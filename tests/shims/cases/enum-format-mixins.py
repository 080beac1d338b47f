"""Shim case enum-format-mixins: format() of enum members with a mixed-in data type (3.11 change).

Expected output is what 3.8-3.10 print (they agree; 3.6-3.7 differ only for CF below, where a
custom __str__ did not yet take part in format()).  No version warned.

What changed in 3.11 (3.11, 3.12 and 3.13 agree), for members of `class X(<type>, Enum)` with
<type> str, int, float, tuple, ... but NOT IntEnum/IntFlag and not pure Enum/Flag:
  format(m), f"{m}", "{}".format(m), m.__format__(spec) now give str(m) ("C.RED") formatted as a
  string instead of the value formatted with the spec: every line marked [3.11] below differs
  without the shim ("{:d}" / "{:x}" / "{:.1f}" on an int or float mixin raise ValueError, "{:s}"
  now works).  str(m), "%s" % m, "{!s}", repr and %-formatting with numeric codes did not change.
Other 3.11 enum changes that are NOT part of this catalog row, and are therefore not printed:
  str()/"%s"/"{!s}" of IntEnum and IntFlag members give the value ("20") instead of "I.B";
  Flag/IntFlag pseudo-members: str(F(0)) "F.0" -> "F(0)", repr "<F.0: 0>" -> "<F: 0>",
  repr(IF(8)) "<IF.8: 8>" -> "<IF: 8>".
"""
from enum import Enum, Flag, IntEnum, IntFlag


class Color(str, Enum):
    RED = "red"
    GREEN = "green"


class Number(int, Enum):
    ONE = 1
    TEN = 10


class Level(IntEnum):
    LOW = 1
    HIGH = 20


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


class Shape(Flag):
    ROUND = 1
    SQUARE = 2


class Ratio(float, Enum):
    HALF = 0.5
    PI = 3.25


class Point(tuple, Enum):
    ORIGIN = (0, 0)


class Plain(Enum):
    A = 1
    B = "bee"


class Labelled(str, Enum):
    """A mixin enum with its own __str__: format() used it before 3.11 too."""
    X = "x"

    def __str__(self):
        return "label-" + self.value


class Formatted(str, Enum):
    """A mixin enum with its own __format__: unaffected."""
    Y = "y"

    def __format__(self, spec):
        return "fmt-" + self.value


def show(label, thunk, changed=False):
    try:
        result = repr(thunk())
    except (TypeError, ValueError) as exc:
        result = type(exc).__name__
    print("%-34s %s%s" % (label, result, "   [3.11]" if changed else ""))


print("== str mixin")
m = Color.RED
show("str(Color.RED)", lambda: str(m))
show("repr(Color.RED)", lambda: repr(m))
show("'%s' % Color.RED", lambda: "%s" % m)
show("'%-8s|' % Color.RED", lambda: "%-8s|" % m)
show("'{!s}'.format", lambda: "{!s}".format(m))
show("'{!r}'.format", lambda: "{!r}".format(m))
show("format(Color.RED)", lambda: format(m), True)
show("f'{Color.RED}'", lambda: f"{m}", True)
show("'{}'.format(Color.RED)", lambda: "{}".format(m), True)
show("'{0}-{0.value}'.format", lambda: "{0}-{0.value}".format(m), True)
show("'{:>10}'.format", lambda: "{:>10}".format(m), True)
show("f'{Color.RED:^9}'", lambda: f"{m:^9}", True)
show("format(Color.RED, 's')", lambda: format(m, "s"), True)
show("Color.RED.__format__('')", lambda: m.__format__(""), True)
show("'{:d}'.format(Color.RED)", lambda: "{:d}".format(m))
show("url f'/api/{Color.GREEN}/items'", lambda: f"/api/{Color.GREEN}/items", True)
show("'-'.join(...)", lambda: "-".join(Color))
show("Color.RED + '!'", lambda: m + "!")
show("Color.RED == 'red'", lambda: m == "red")

print("== int mixin")
n = Number.TEN
show("str(Number.TEN)", lambda: str(n))
show("'%s' % Number.TEN", lambda: "%s" % n)
show("'%d' % Number.TEN", lambda: "%d" % n)
show("'%5.1f' % Number.TEN", lambda: "%5.1f" % n)
show("format(Number.TEN)", lambda: format(n), True)
show("f'{Number.TEN}'", lambda: f"{n}", True)
show("'{}'.format(Number.TEN)", lambda: "{}".format(n), True)
show("'{:>10}'.format(Number.TEN)", lambda: "{:>10}".format(n), True)
show("'{:d}'.format(Number.TEN)", lambda: "{:d}".format(n), True)
show("f'{Number.TEN:x}'", lambda: f"{n:x}", True)
show("f'{Number.TEN:05d}'", lambda: f"{n:05d}", True)
show("f'{Number.TEN:.1f}'", lambda: f"{n:.1f}", True)
show("format(Number.TEN, 's')", lambda: format(n, "s"), True)
show("Number.TEN + 1", lambda: n + 1)

print("== float mixin")
r = Ratio.PI
show("str(Ratio.PI)", lambda: str(r))
show("'%s' % Ratio.PI", lambda: "%s" % r)
show("'%.1f' % Ratio.PI", lambda: "%.1f" % r)
show("format(Ratio.PI)", lambda: format(r), True)
show("f'{Ratio.PI}'", lambda: f"{r}", True)
show("'{:>10}'.format(Ratio.PI)", lambda: "{:>10}".format(r), True)
show("f'{Ratio.PI:.1f}'", lambda: f"{r:.1f}", True)
show("f'{Ratio.HALF:%}'", lambda: f"{Ratio.HALF:%}", True)
show("f'{Ratio.PI:d}'", lambda: f"{r:d}")

print("== tuple mixin")
show("str(Point.ORIGIN)", lambda: str(Point.ORIGIN))
show("format(Point.ORIGIN)", lambda: format(Point.ORIGIN), True)
show("f'{Point.ORIGIN}'", lambda: f"{Point.ORIGIN}", True)

print("== IntEnum (format unchanged in 3.11)")
lv = Level.HIGH
show("repr(Level.HIGH)", lambda: repr(lv))
show("format(Level.HIGH)", lambda: format(lv))
show("f'{Level.HIGH}'", lambda: f"{lv}")
show("'{}'.format(Level.HIGH)", lambda: "{}".format(lv))
show("'{:>10}'.format(Level.HIGH)", lambda: "{:>10}".format(lv))
show("'{:d}'.format(Level.HIGH)", lambda: "{:d}".format(lv))
show("f'{Level.HIGH:x}'", lambda: f"{lv:x}")
show("'%d' % Level.HIGH", lambda: "%d" % lv)
show("'{!r}'.format(Level.LOW)", lambda: "{!r}".format(Level.LOW))

print("== IntFlag (format unchanged in 3.11)")
p = Perm.R | Perm.W
show("repr(Perm.R)", lambda: repr(Perm.R))
show("repr(Perm.R|Perm.W)", lambda: repr(p))
show("format(Perm.R)", lambda: format(Perm.R))
show("f'{Perm.R|Perm.W}'", lambda: f"{p}")
show("'{:>4}'.format(Perm.R|Perm.W)", lambda: "{:>4}".format(p))
show("f'{Perm.R|Perm.W:03b}'", lambda: f"{p:03b}")
show("format(Perm(0))", lambda: format(Perm(0)))
show("'%d' % (Perm.R|Perm.X)", lambda: "%d" % (Perm.R | Perm.X))

print("== Flag and plain Enum (unchanged)")
s = Shape.ROUND | Shape.SQUARE
show("str(Shape.ROUND)", lambda: str(Shape.ROUND))
show("format(Shape.ROUND)", lambda: format(Shape.ROUND))
show("f'{Shape.SQUARE:>10}'", lambda: f"{Shape.SQUARE:>10}")
show("repr(Shape.ROUND)", lambda: repr(Shape.ROUND))
show("bool(Shape.ROUND & s)", lambda: bool(Shape.ROUND & s))
show("format(Plain.A)", lambda: format(Plain.A))
show("f'{Plain.B}'", lambda: f"{Plain.B}")
show("'{:>6}'.format(Plain.A)", lambda: "{:>6}".format(Plain.A))
show("'%s' % Plain.B", lambda: "%s" % Plain.B)
show("f'{Plain.A:d}'", lambda: f"{Plain.A:d}")

print("== own __str__ / __format__ (unchanged)")
show("str(Labelled.X)", lambda: str(Labelled.X))
show("format(Labelled.X)", lambda: format(Labelled.X))
show("f'{Labelled.X:>9}'", lambda: f"{Labelled.X:>9}")
show("str(Formatted.Y)", lambda: str(Formatted.Y))
show("format(Formatted.Y)", lambda: format(Formatted.Y))
show("f'{Formatted.Y:>9}'", lambda: f"{Formatted.Y:>9}")

print("== a mixin enum created with the functional API")
Animal = Enum("Animal", [("CAT", "cat"), ("DOG", "dog")], type=str)
show("str(Animal.CAT)", lambda: str(Animal.CAT))
show("f'{Animal.CAT}'", lambda: f"{Animal.CAT}", True)
show("'{:<5}|'.format(Animal.DOG)", lambda: "{:<5}|".format(Animal.DOG), True)
