"""Shims for the enum module."""
from _compat_engine import shim

# What changed in 3.11 (checked on 3.10.13 against 3.11.7, 3.12.1 and 3.13.0):
#
#   Enum.__format__ of a member whose class mixes in a data type (`class C(str, Enum)`,
#   `class N(int, Enum)`, float, tuple, date, Decimal, bytes, `class F(int, Flag)`, the
#   functional API with type=...) used to format the member's *value* with the data type's
#   own __format__ (format(C.RED) == "red", f"{N.TEN:x}" == "a") unless the class had its
#   own __str__; since 3.11 it formats str(member) as a string (format(C.RED) == "C.RED",
#   f"{N.TEN:x}" raises ValueError).
#
# Unchanged, so left alone: pure Enum/Flag members (str() formatted as a string in both),
# classes with their own __format__ or __str__, and IntEnum/IntFlag/StrEnum, whose 3.11
# ReprEnum base installs the data type's __format__ (never reaches Enum.__format__).  The
# other 3.11 enum changes (str() of IntEnum/IntFlag members, Flag pseudo-member names,
# Flag operators on int-mixed flags) are different catalog rows.


@shim("enum-format-mixins", removed_in="3.11",
      replacement="member.value in format strings, or a ReprEnum base (StrEnum, IntEnum)",
      kind="behaviour-change")
def _format_mixins(enum, ctx):
    # The one kind of shim that replaces an attribute that exists: the 3.11 change is in the
    # body of Enum.__format__, so the old behaviour can only come back by replacing that
    # method.  It is done only when this shim is applied, i.e. only when the engine found the
    # compatibility version below 3.11; the replacement therefore needs no version check of
    # its own, and a runtime without compatibility keeps the original untouched.
    Enum = enum.Enum
    running_format = Enum.__dict__["__format__"]
    if getattr(running_format, "_pythonc_shim", None) == ctx.id:
        return
    # The __str__ methods that 3.10 did not count as "overridden" (the metaclass copies them
    # into every mixed-in enum class).
    default_strs = tuple(klass.__dict__["__str__"] for klass in (Enum, getattr(enum, "Flag", Enum))
                         if "__str__" in klass.__dict__)

    def __format__(self, format_spec):
        klass = type(self)
        data_type = klass._member_type_
        if data_type is object or klass.__str__ not in default_strs:
            # Pure enums and enums with their own __str__: both versions format str(self).
            return running_format(self, format_spec)
        old = new = old_error = new_error = None
        try:
            old = data_type.__format__(self._value_, format_spec)
        except Exception as exc:
            old_error = exc
        try:
            new = running_format(self, format_spec)
        except Exception as exc:
            new_error = exc
        if (old_error is None) != (new_error is None) or old != new:
            member = "%s.%s" % (klass.__name__, self._name_) if self._name_ is not None \
                else "%s(%r)" % (klass.__name__, self._value_)
            ctx.warn("formatting %s (an enum member with the mixed-in data type %s) as its "
                     "value" % (member, data_type.__name__), stacklevel=1)
        if old_error is not None:
            raise old_error
        return old

    __format__.__qualname__ = running_format.__qualname__
    __format__.__module__ = running_format.__module__
    __format__.__doc__ = running_format.__doc__
    __format__._pythonc_shim = ctx.id

    # Enum classes created so far hold their own copy of the method when they mix in a data
    # type (the metaclass copies it over the data type's __format__): re-point those copies.
    # Classes created from now on copy the replacement from Enum.
    holders, seen, pending = [Enum], set(), list(Enum.__subclasses__())
    while pending:
        klass = pending.pop()
        if id(klass) in seen:
            continue
        seen.add(id(klass))
        if klass.__dict__.get("__format__") is running_format:
            holders.append(klass)
        pending.extend(klass.__subclasses__())
    for klass in holders:
        setattr(klass, "__format__", __format__)
