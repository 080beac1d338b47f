"""The `xdrlib` module, restored by pythonc for code written for Python 3.12 and older.

`xdrlib` (External Data Representation, RFC 1014 / RFC 1832, as used by Sun RPC and NFS) was
deprecated in 3.11 and removed in 3.13 (PEP 594).  This file is a fresh implementation of its
documented interface on top of `struct`.  pythonc serves it only where the running Python has
no `xdrlib` of its own; importing it emits one `_compat.CompatDeprecationWarning` attributed
to the importing line.
"""

__shim__ = {"id": "pep594-xdrlib", "removed_in": "3.13",
            "replacement": "struct (PyPI standard-xdrlib)"}

from io import BytesIO
from functools import wraps
import struct

__all__ = ["Error", "Packer", "Unpacker", "ConversionError"]

# The fixed-size XDR items: method suffix, struct format (big-endian, 4 or 8 bytes), and the
# range of the C type 3.8's struct converted an integer through (None: not an integer item).
_FIXED = (("int", ">l", (-1 << 63, 1 << 63)), ("float", ">f", None), ("double", ">d", None))
# Methods that are other names for another method of the same class.
_SYNONYMS = (("enum", "int"), ("fopaque", "fstring"), ("opaque", "string"),
             ("bytes", "string"))


def _four(n):
    """n rounded up to a multiple of 4: XDR's unit."""
    return (n + 3) & ~3


def _beyond(x, bounds):
    """Whether x is an integer outside `bounds` (lowest, past the highest): 3.8's struct said
    "argument out of range" for those before checking the 32-bit range."""
    low, high = bounds
    return hasattr(x, "__index__") and not isinstance(x, float) and \
        not low <= x.__index__() < high


def _no_negative_size(n):
    if n < 0:
        raise ValueError("fstring size must be nonnegative")


class Unpacker:
    """Unpacks values from an XDR byte buffer, from a current position."""

    def __init__(self, data):
        self.reset(data)

    def reset(self, data):
        """Start over on `data`."""
        self.__buf, self.__pos = data, 0

    def get_buffer(self):
        return self.__buf

    def get_position(self):
        return self.__pos

    def set_position(self, position):
        self.__pos = position

    def done(self):
        """Error when data is left after the current position."""
        if self.__pos < len(self.__buf):
            raise Error("unextracted data remains")

    def _take(self, size):
        # The position moves on even when the data runs short.
        begin = self.__pos
        self.__pos = begin + size
        piece = self.__buf[begin:begin + size]
        if len(piece) == size:
            return piece
        raise EOFError

    def unpack_uint(self):
        return int.from_bytes(self._take(4), "big")

    def unpack_uhyper(self):
        return (self.unpack_uint() << 32) + self.unpack_uint()

    def unpack_hyper(self):
        both = self.unpack_uhyper()
        return both - (both >> 63 << 64)

    def unpack_bool(self):
        return self.unpack_int() != 0

    def unpack_fstring(self, n):
        """n bytes (and their padding to a multiple of 4); the position only moves when
        they are all there."""
        _no_negative_size(n)
        at = self.__pos
        if at + _four(n) > len(self.__buf):
            raise EOFError
        self.__pos = at + _four(n)
        return self.__buf[at:at + n]

    def unpack_string(self):
        return self.unpack_fstring(self.unpack_uint())

    def unpack_farray(self, n, unpack_item):
        return [unpack_item() for _ in range(n)]

    def unpack_array(self, unpack_item):
        return self.unpack_farray(self.unpack_uint(), unpack_item)

    def unpack_list(self, unpack_item):
        """Items while a 1 precedes them, up to a 0 (ConversionError for anything else)."""
        found = []
        while True:
            more = self.unpack_uint()
            if more == 0:
                return found
            if more != 1:
                raise ConversionError("0 or 1 expected, got %r" % (more,))
            found.append(unpack_item())


def raise_conversion_error(function):
    """Decorator: a struct.error raised by `function` becomes a ConversionError."""
    def converting(self, value):
        try:
            result = function(self, value)
        except struct.error as problem:
            raise ConversionError(problem.args[0]) from None
        return result
    return wraps(function)(converting)


class Packer:
    """Packs values into an XDR byte buffer."""

    def __init__(self):
        self.reset()

    def reset(self):
        """Empty the buffer."""
        self.__buf = BytesIO()

    def get_buffer(self):
        """The packed bytes so far."""
        return self.__buf.getvalue()

    get_buf = get_buffer        # the older name

    def _put(self, data):
        self.__buf.write(data)

    @raise_conversion_error
    def pack_uint(self, x):
        if _beyond(x, (0, 1 << 64)):
            # struct's message for a negative (or past 64 bits) unsigned value in 3.8.
            raise struct.error("argument out of range")
        self._put(struct.pack(">L", x))

    def pack_bool(self, x):
        self._put(b"\0\0\0\1" if x else b"\0\0\0\0")

    def pack_uhyper(self, x):
        """A 64-bit value as two 32-bit halves, high first (taken modulo 2**64)."""
        try:
            for shift in (32, 0):
                self.pack_uint((x >> shift) & 0xFFFFFFFF)
        except (TypeError, struct.error) as problem:
            raise ConversionError(problem.args[0]) from None

    pack_hyper = pack_uhyper

    def pack_fstring(self, n, s):
        """The first n bytes of s, zero-padded to n and then to a multiple of 4."""
        _no_negative_size(n)
        kept = s[:n]
        self._put(kept + b"\0" * (_four(n) - len(kept)))

    def pack_string(self, s):
        """A length, then the bytes, zero-padded to a multiple of 4."""
        size = len(s)
        self.pack_uint(size)
        self.pack_fstring(size, s)

    def pack_farray(self, n, list, pack_item):
        """Exactly n items (ValueError otherwise), without a length."""
        if len(list) != n:
            raise ValueError("wrong array size")
        for item in list:
            pack_item(item)

    def pack_array(self, list, pack_item):
        """A length, then the items."""
        size = len(list)
        self.pack_uint(size)
        self.pack_farray(size, list, pack_item)

    def pack_list(self, list, pack_item):
        """Each item preceded by a 1, and a closing 0."""
        for item in list:
            self.pack_uint(1)
            pack_item(item)
        self.pack_uint(0)


def _fixed_methods(suffix, fmt, bounds):
    layout = struct.Struct(fmt)

    def pack(self, x):
        if bounds and _beyond(x, bounds):
            raise struct.error("argument out of range")
        self._put(layout.pack(x))

    def unpack(self):
        (value,) = layout.unpack(self._take(layout.size))
        return value

    for cls, prefix, fn in ((Packer, "pack_", raise_conversion_error(pack)),
                            (Unpacker, "unpack_", unpack)):
        fn.__name__ = prefix + suffix
        fn.__qualname__ = cls.__name__ + "." + fn.__name__
        setattr(cls, fn.__name__, fn)


for _suffix, _fmt, _bounds in _FIXED:
    _fixed_methods(_suffix, _fmt, _bounds)
for _cls, _prefix in ((Packer, "pack_"), (Unpacker, "unpack_")):
    for _alias, _target in _SYNONYMS:
        setattr(_cls, _prefix + _alias, getattr(_cls, _prefix + _target))
del _suffix, _fmt, _bounds, _cls, _prefix, _alias, _target


class Error(Exception):
    """Base class of the module's exceptions; `msg` holds the description."""

    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return str(self.msg)

    def __repr__(self):
        return repr(self.msg)


class ConversionError(Error):
    """A value cannot be packed (struct refused it)."""
