"""Shim case pep594-xdrlib: the `xdrlib` module (removed in 3.13).

Packs and unpacks a Sun RPC style call the way old NFS/RPC clients did, then every packer
and unpacker method with its edge cases: padding, truncation, sign handling of the 64-bit
values, conversion errors and their messages, EOFError and where the position ends up, and
the exception classes.  3.8 did not warn on import.
"""
import xdrlib
from xdrlib import Packer, Unpacker


def attempt(label, function, *args):
    try:
        result = function(*args)
    except Exception as exc:
        cause = exc.__cause__ is not None or (exc.__context__ is not None and not exc.__suppress_context__)
        print(label, "->", type(exc).__name__, repr(exc), str(exc), exc.args, cause)
    else:
        print(label, "->", repr(result))


print("== an RPC call")
p = Packer()
p.pack_uint(0x12345678)        # xid
p.pack_enum(0)                 # CALL
p.pack_uint(2)                 # RPC version
p.pack_uint(100003)            # NFS
p.pack_uint(3)
p.pack_uint(1)                 # GETATTR
p.pack_enum(1)                 # AUTH_UNIX
p.pack_opaque(b"\x00\x00\x00\x01host\x00\x00\x00\x00")
p.pack_fopaque(8, b"handle")
p.pack_string(b"file name.txt")
p.pack_bool(True)
p.pack_hyper(-5)
p.pack_uhyper(2 ** 63 + 7)
p.pack_float(0.1)
p.pack_double(-2.5)
p.pack_list([3, 1, 4], p.pack_int)
p.pack_array([b"a", b"bc"], p.pack_string)
p.pack_farray(2, [1.5, 2.5], p.pack_double)
data = p.get_buffer()
print(len(data), data)
print(p.get_buf() == data)

u = Unpacker(data)
print(u.unpack_uint(), u.unpack_enum(), u.unpack_uint(), u.unpack_uint(), u.unpack_uint(),
      u.unpack_uint(), u.unpack_enum())
print(u.unpack_opaque(), u.unpack_fopaque(8), u.unpack_string(), u.unpack_bool())
print(u.unpack_hyper(), u.unpack_uhyper(), u.unpack_float(), u.unpack_double())
print(u.unpack_list(u.unpack_int), u.unpack_array(u.unpack_string),
      u.unpack_farray(2, u.unpack_double))
print(u.get_position() == len(data), u.done())
u.set_position(4)
print(u.unpack_bool(), u.get_position())
attempt("done midway", u.done)
u.reset(b"\x00\x00\x00\x09")
print(u.unpack_int(), u.get_buffer())
p.reset()
print(p.get_buffer())

print("== packing edge cases")
for method, args in (("pack_uint", (0,)), ("pack_uint", (2 ** 32 - 1,)), ("pack_uint", (-1,)),
                     ("pack_uint", (2 ** 32,)), ("pack_uint", (1.5,)), ("pack_uint", ("7",)),
                     ("pack_uint", (True,)), ("pack_int", (-2 ** 31,)), ("pack_int", (2 ** 31,)),
                     ("pack_int", (-2 ** 31 - 1,)), ("pack_int", (None,)), ("pack_enum", (-3,)),
                     ("pack_bool", (7,)), ("pack_bool", ("",)), ("pack_bool", ([0],)),
                     ("pack_hyper", (-1,)), ("pack_hyper", (2 ** 63,)), ("pack_uhyper", (2 ** 64 + 3,)),
                     ("pack_uhyper", (-2 ** 63,)), ("pack_uhyper", ("x",)), ("pack_hyper", (1.5,)),
                     ("pack_float", (1e40,)), ("pack_float", ("x",)), ("pack_float", (3,)),
                     ("pack_double", (None,)), ("pack_double", (float("inf"),)),
                     ("pack_fstring", (0, b"abc")), ("pack_fstring", (2, b"abcdef")),
                     ("pack_fstring", (7, b"ab")), ("pack_fstring", (-1, b"x")),
                     ("pack_fstring", (4, "text")), ("pack_fstring", (3, bytearray(b"xyz"))),
                     ("pack_string", (b"",)), ("pack_string", (b"four",)), ("pack_string", (b"fives",)),
                     ("pack_bytes", (bytearray(b"ba"),)), ("pack_string", ("str",)),
                     ("pack_farray", (3, [1, 2], None)), ("pack_list", ([], None)),
                     ("pack_array", ([], None))):
    p = Packer()
    args = tuple(p.pack_uint if a is None and method.endswith(("array", "list")) else a for a in args)
    attempt(method + repr(tuple(a for a in args if not callable(a))), getattr(p, method), *args)
    print("   buffer:", p.get_buffer())

print("== unpacking edge cases")
u = Unpacker(b"\x00\x00\x00\x05\xff\xff\xff\xfe\x00\x00\x00\x02\xff\xff\xff\xff\xff\xff\xff\xfe")
for method in ("unpack_uint", "unpack_int", "unpack_bool", "unpack_hyper"):
    attempt(method, getattr(u, method))
for method in ("unpack_uint", "unpack_double", "unpack_float", "unpack_hyper", "unpack_string"):
    attempt(method, getattr(u, method))
    print("   position:", u.get_position())
u.set_position(4)
print(u.unpack_uhyper(), u.get_position())
for n in (3, 0, -1, 100):
    attempt("unpack_fstring(%d)" % n, u.unpack_fstring, n)
    print("   position:", u.get_position())
u.set_position(100)
attempt("unpack_fstring(0) past the end", u.unpack_fstring, 0)
attempt("done past the end", u.done)
for raw in (b"\x00\x00\x00\x08abc", b"\x00\x00\x00\x05abcde", b"\x00\x00\x00\x05abcdefgh",
            b"\x00\x00\x00\x00"):
    u = Unpacker(raw)
    attempt("unpack_string %r" % raw, u.unpack_string)
    print("   position:", u.get_position())
for raw in (b"\x00\x00\x00\x01\x00\x00\x00\x07\x00\x00\x00\x02",
            b"\x00\x00\x00\x01\x00\x00\x00\x07\x00\x00\x00\x00",
            b"\x00\x00\x00\x01\x00\x00\x00\x07"):
    u = Unpacker(raw)
    attempt("unpack_list", u.unpack_list, u.unpack_uint)
u = Unpacker(b"\x00\x00\x00\x07\x00\x00\x00\x08")
attempt("unpack_farray(-1)", u.unpack_farray, -1, u.unpack_int)
attempt("unpack_array", u.unpack_array, u.unpack_int)
u = Unpacker(bytearray(b"\x00\x00\x00\x02hi\x00\x00"))
print(u.unpack_string(), type(u.get_buffer()).__name__)
u = Unpacker(b"\x7f\xc0\x00\x00\xff\xf0\x00\x00\x00\x00\x00\x00")
print(u.unpack_float(), u.unpack_double())

print("== exceptions")
e = xdrlib.Error("message")
print(repr(e), str(e), e.msg, e.args, isinstance(e, Exception))
e = xdrlib.ConversionError(["x"])
print(repr(e), str(e), e.msg, e.args, isinstance(e, xdrlib.Error))
try:
    xdrlib.Error()
except TypeError:
    print("Error() needs msg: TypeError")
try:
    Unpacker()
except TypeError:
    print("Unpacker() needs data: TypeError")
print(sorted(xdrlib.__all__))
print(Packer.pack_enum is Packer.pack_int, Packer.pack_hyper is Packer.pack_uhyper,
      Packer.pack_bytes is Packer.pack_string, Packer.pack_opaque is Packer.pack_string,
      Packer.pack_fopaque is Packer.pack_fstring, Unpacker.unpack_enum is Unpacker.unpack_int,
      Unpacker.unpack_bytes is Unpacker.unpack_string, Packer.get_buf is Packer.get_buffer)

print("== integers beyond a C long")
for method, value in (("pack_uint", 2 ** 64), ("pack_uint", 2 ** 64 - 1), ("pack_uint", -2 ** 70),
                      ("pack_int", 2 ** 63), ("pack_int", 2 ** 63 - 1), ("pack_int", -2 ** 63),
                      ("pack_int", -2 ** 63 - 1), ("pack_enum", 2 ** 70), ("pack_bool", 2 ** 70)):
    p = Packer()
    attempt("%s(%d)" % (method, value), getattr(p, method), value)
    print("   buffer:", p.get_buffer())
