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


# enum-intenum-str: what changed in 3.11 (observed on 3.8.18 and 3.10.13 against 3.11.7 and
# 3.13.0):
#
#   str() of an IntEnum or IntFlag member (and so "%s" and f"{m!s}") gave "Class.NAME" up to
#   3.10; since 3.11 both classes take int's repr as their __str__ and give the value ("1").
#   format() and f"{m}" gave the value in both, except for classes with a __str__ of their
#   own: there 3.10 formatted str(member) as a string (format(m, ">6") padded the custom
#   text; format(m, "d") raised ValueError) and 3.11 formats the integer.
#   Flag members without a name of their own (zero, combinations, unknown bits) were shown
#   as the names of every named member whose bits are all set, largest value first, plus
#   (for values >= 0) each bit that no named member covers, as a number: "P.R|W", "P.8|R",
#   "P.0", "P.-8".
#
# Only IntEnum and IntFlag are patched.  Classes with their own __str__ keep it; classes
# with their own __format__ keep that.  repr() and the naming of pseudo-members that repr()
# shows are a different row (enum-flag-canonical).

def _old_flag_text(klass, value):
    """How 3.8 and 3.10 named an IntFlag value in str(): "Class.NAME" or "Class.A|B|8"."""
    named = []
    for key, member in klass._member_map_.items():
        if member._name_ != key:
            continue            # an alias: the canonical name is listed under its own key
        if member._value_ == value:
            return "%s.%s" % (klass.__name__, key)
        named.append((key, member._value_))
    parts, left = [], value
    for key, bits in named:
        if bits and bits & value == bits:
            parts.append((bits, key))
            left &= ~bits
    if value >= 0:
        while left:
            top = 1 << (left.bit_length() - 1)
            parts.append((top, str(top)))
            left &= ~top
    if not parts:
        return "%s.%d" % (klass.__name__, value)
    parts.sort(key=lambda part: part[0], reverse=True)
    return "%s.%s" % (klass.__name__, "|".join(text for _bits, text in parts))


@shim("enum-intenum-str", removed_in="3.11",
      replacement="member.name (or repr()) for 'Class.NAME', or a plain Enum with an int mixin",
      kind="behaviour-change")
def _intenum_str(enum, ctx):
    # Like enum-format-mixins, a behaviour change: the method that exists is replaced, and
    # only when this shim is applied (compatibility version below 3.11).
    #
    # Warning: str() of these members always differs from 3.11's, so every such str() warns,
    # attributed to the code that called str() (or print(), "%s", ...).  The message names
    # the class, not the member, so Python's warning filters show it once per calling line
    # under the "default" action, as any other restored API's.  format() warns only where the
    # old and the new result differ (classes with their own __str__ and a format spec).
    patched = {}
    for base_name, old_text in (("IntEnum", None), ("IntFlag", _old_flag_text)):
        base = enum.__dict__.get(base_name)
        if not isinstance(base, type):
            continue
        running_str = base.__dict__.get("__str__")
        if getattr(running_str, "_pythonc_shim", None) == ctx.id:
            return
        patched[base] = (base_name, old_text, running_str, base.__dict__.get("__format__"))

    def make(base_name, old_text, running_format):
        what_format = "format() of an %s member with its own __str__, as that text" % base_name

        def __str__(self):
            klass = type(self)
            if old_text is None:
                text = "%s.%s" % (klass.__name__, self._name_)
            else:
                text = old_text(klass, self._value_)
            ctx.warn("str() of %s members (an %s) giving '%s.NAME'"
                     % (klass.__name__, base_name, klass.__name__), stacklevel=1)
            return text

        def __format__(self, format_spec):
            klass = type(self)
            if klass.__str__ is __str__:
                # The class's str() is the enum's own: format the value, as both versions do.
                data_type = getattr(klass, "_member_type_", int)
                if not (isinstance(data_type, type) and issubclass(data_type, int)):
                    data_type = int
                return data_type.__format__(self._value_, format_spec)
            text = str.__format__(str(self), format_spec)
            if running_format is not None:
                try:
                    new = running_format(self, format_spec)
                except Exception:
                    new = None
                if new != text:
                    ctx.warn(what_format, stacklevel=1)
            return text

        for function, name in ((__str__, "__str__"), (__format__, "__format__")):
            function.__qualname__ = "%s.%s" % (base_name, name)
            function.__module__ = enum.__name__
            function._pythonc_shim = ctx.id
        return __str__, __format__

    for base, (base_name, old_text, running_str, running_format) in patched.items():
        new_str, new_format = make(base_name, old_text, running_format)
        # Classes made before now may hold a copy of the running __format__ (3.11+ copies
        # the data type's into every IntEnum/IntFlag subclass): re-point those copies too.
        holders, seen, pending = [base], set(), list(base.__subclasses__())
        while pending:
            klass = pending.pop()
            if id(klass) in seen:
                continue
            seen.add(id(klass))
            if running_format is not None and klass.__dict__.get("__format__") is running_format:
                holders.append(klass)
            pending.extend(klass.__subclasses__())
        _replace(ctx, base, "__str__", new_str, running_str)
        for klass in holders:
            _replace(ctx, klass, "__format__", new_format, klass.__dict__.get("__format__"))


def _replace(ctx, klass, name, value, original):
    setattr(klass, name, value)

    def undo():
        if klass.__dict__.get(name) is value:
            if original is None:
                delattr(klass, name)
            else:
                setattr(klass, name, original)
    ctx._undo_steps.append(undo)


@_intenum_str.hide
def _hide_intenum_str(enum):
    # What 3.11 did: both classes take int's repr as str() and int's __format__.
    for base_name in ("IntEnum", "IntFlag"):
        base = enum.__dict__.get(base_name)
        if isinstance(base, type):
            base.__str__ = int.__repr__
            base.__format__ = int.__format__


# enum-enummeta-getattr (removed in 3.12): EnumMeta.__getattr__(cls, name), the member of
# that name, else AttributeError(name) (also for dunder names).  Python calls it for every
# attribute an enum class lacks, so only a call that finds a member (explicit: a metaclass
# delegating to super().__getattr__) warns; a miss raises AttributeError(name) as 3.8 did.

@shim("enum-enummeta-getattr", removed_in="3.12",
      replacement="normal attribute lookup (getattr(cls, name) / cls[name])", kind="method")
def _enummeta_getattr(enum, ctx):
    EnumMeta = enum.EnumMeta

    def __getattr__(cls, name):
        """The member called `name`, or AttributeError."""
        if name[:2] == name[-2:] == "__" and len(name) > 4:
            raise AttributeError(name)
        try:
            members = type.__getattribute__(cls, "_member_map_")
            member = members[name]
        except (AttributeError, KeyError):
            raise AttributeError(name) from None
        ctx.warn("EnumMeta.__getattr__()", stacklevel=1)
        return member

    __getattr__.__qualname__ = EnumMeta.__name__ + ".__getattr__"
    __getattr__.__module__ = enum.__name__
    ctx.restore(EnumMeta, "__getattr__", __getattr__)


@_enummeta_getattr.hide
def _hide_enummeta_getattr(enum):
    if "__getattr__" in vars(enum.EnumMeta):
        delattr(enum.EnumMeta, "__getattr__")
