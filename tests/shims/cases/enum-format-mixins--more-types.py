"""Shim case enum-format-mixins, more data types and class shapes: format() of members of
enums mixing in date, Decimal, bytes, an int Flag, a custom __new__, a subclass of a mixed-in
base, a helper mixin class with its own __str__ or __format__, __str__ assigned in the class
body, and format() reached through string.Formatter, nested specs and format_map.

Lines marked [3.11] print differently from 3.11 on; everything else is the same in 3.8-3.13.
Left out because 3.11 changed them through other catalog rows: combined or empty members of
an int-mixed Flag (what `|` returns, their names) and IntEnum/IntFlag subclasses with their
own __str__ formatted with a non-empty spec (3.10 formatted str(member), 3.11's ReprEnum
formats the int).
"""
import datetime
import decimal
import string
from enum import Enum, Flag


def show(label, thunk, changed=False):
    try:
        result = repr(thunk())
    except (TypeError, ValueError) as exc:
        result = type(exc).__name__
    print("%-36s %s%s" % (label, result, "   [3.11]" if changed else ""))


class Day(datetime.date, Enum):
    NEW_YEAR = (2020, 1, 1)


class Price(decimal.Decimal, Enum):
    LOW = "1.5"


class Raw(bytes, Enum):
    AB = b"ab"


class Bits(int, Flag):
    LOW = 1
    HIGH = 2


class Planet(float, Enum):
    def __new__(cls, mass, radius):
        member = float.__new__(cls, mass)
        member._value_ = mass
        member.radius = radius
        return member

    EARTH = (5.97, 6371)


class Base(str, Enum):
    def describe(self):
        return "value " + self.value


class Sub(Base):
    A = "a"


class ExplicitEnumStr(str, Enum):
    A = "a"
    __str__ = Enum.__str__


class ExplicitStrStr(str, Enum):
    A = "a"
    __str__ = str.__str__


class StrHelper:
    def __str__(self):
        return "helper-str"


class WithStrHelper(StrHelper, str, Enum):
    A = "a"


class FormatHelper:
    def __format__(self, spec):
        return "helper-format"


class WithFormatHelper(FormatHelper, str, Enum):
    A = "a"


Size = Enum("Size", [("S", 1), ("M", 2)], type=int)

print("== data types")
show("f'{Day.NEW_YEAR}'", lambda: f"{Day.NEW_YEAR}", True)
show("f'{Day.NEW_YEAR:%Y/%m}'", lambda: f"{Day.NEW_YEAR:%Y/%m}", True)
show("str(Day.NEW_YEAR)", lambda: str(Day.NEW_YEAR))
show("f'{Price.LOW:.3f}'", lambda: f"{Price.LOW:.3f}", True)
show("format(Price.LOW)", lambda: format(Price.LOW), True)
show("f'{Raw.AB}'", lambda: f"{Raw.AB}", True)
show("f'{Raw.AB:>8}'", lambda: f"{Raw.AB:>8}", True)
show("f'{Bits.HIGH}'", lambda: f"{Bits.HIGH}", True)
show("f'{Bits.LOW:03b}'", lambda: f"{Bits.LOW:03b}", True)
show("str(Bits.LOW)", lambda: str(Bits.LOW))
show("f'{Planet.EARTH:.1f}'", lambda: f"{Planet.EARTH:.1f}", True)
show("Planet.EARTH.radius", lambda: Planet.EARTH.radius)
show("f'{Size.M}'", lambda: f"{Size.M}", True)
show("f'{Size.M:+d}'", lambda: f"{Size.M:+d}", True)

print("== class shapes")
show("f'{Sub.A}'", lambda: f"{Sub.A}", True)
show("Sub.A.describe()", lambda: Sub.A.describe())
show("f'{ExplicitEnumStr.A}'", lambda: f"{ExplicitEnumStr.A}", True)
show("f'{ExplicitStrStr.A}'", lambda: f"{ExplicitStrStr.A}")
show("str(ExplicitStrStr.A)", lambda: str(ExplicitStrStr.A))
show("f'{WithStrHelper.A}'", lambda: f"{WithStrHelper.A}")
show("f'{WithStrHelper.A:>11}'", lambda: f"{WithStrHelper.A:>11}")
show("f'{WithFormatHelper.A}'", lambda: f"{WithFormatHelper.A}")

print("== ways of reaching format()")
width = 6
show("f'{Sub.A:>{width}}'", lambda: f"{Sub.A:>{width}}", True)
show("f'{Sub.A!s:>10}'", lambda: f"{Sub.A!s:>10}")
show("f'{Sub.A!r}'", lambda: f"{Sub.A!r}")
show("'{m}'.format_map", lambda: "{m}".format_map({"m": Sub.A}), True)
show("string.Formatter().format", lambda: string.Formatter().format("<{}>", Size.S), True)
show("string.Template", lambda: string.Template("$m").substitute(m=Sub.A))
show("'%s|%5s' % (Sub.A, Size.S)", lambda: "%s|%5s" % (Sub.A, Size.S))
show("'%d' % Size.M", lambda: "%d" % Size.M)
show("Sub.A.__format__('>3')", lambda: Sub.A.__format__(">3"), True)
show("Enum.__format__(Sub.A, '')", lambda: Enum.__format__(Sub.A, ""), True)
