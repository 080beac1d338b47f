"""Shim case binascii-hqx: binascii.a2b_hqx, b2a_hqx, rlecode_hqx, rledecode_hqx (removed in
3.11).

BinHex 4 coding done by hand the way old code did with these helpers: run-length code, then
6-bit code, add the colons, and back; the padding and end-of-data rules of a2b_hqx, the 0x90
escapes and 255-byte runs of the RLE pair, the accepted argument types and the errors (Error,
Incomplete) with their messages.  3.8 did not warn about these functions.
"""
import binascii


def attempt(function, *args):
    try:
        return function(*args)
    except binascii.Incomplete as exc:
        return "Incomplete%r" % (exc.args,)
    except binascii.Error as exc:
        return "Error%r" % (exc.args,)
    except (TypeError, ValueError) as exc:
        return "%s: %s" % (type(exc).__name__, exc)


print("== a BinHex 4 round trip by hand")
payload = b"Hello, world!\n" + b"\x00" * 20 + b"\x90\x90" + bytes(range(40)) + b"=" * 300
packed = binascii.rlecode_hqx(payload)
coded = b":" + binascii.b2a_hqx(packed) + b":"
print(len(payload), len(packed), coded)
lines = [coded[i:i + 64] for i in range(0, len(coded), 64)]
text = b"\r".join(lines)
raw, done = binascii.a2b_hqx(text[1:])
print(raw == packed, done, binascii.rledecode_hqx(raw) == payload)
print(binascii.crc_hqx(payload, 0))

print("== b2a_hqx / a2b_hqx")
for data in (b"", b"a", b"ab", b"abc", b"abcd", b"\xff\xff", bytes(range(10)), bytearray(b"ba"),
             memoryview(b"mv")):
    encoded = binascii.b2a_hqx(data)
    print(bytes(data), encoded, [attempt(binascii.a2b_hqx, encoded + end)
                                 for end in (b"", b":", b"\r\n:", b"!:", b":ignored")])
for text in (b"!", b"!!", b"!!!", b"!!!!", b"(", b"~", b"a b:", b"a\r\nb:", b"\t!:", b"!\x00:",
             "abc:", "B@*M", bytearray(b"!!:"), memoryview(b"!!:"), "caf\xe9", 3, b"\xff:"):
    print(repr(text) if not isinstance(text, memoryview) else "memoryview",
          attempt(binascii.a2b_hqx, text))
for bad in ("abc", 3, None):
    print(repr(bad), attempt(binascii.b2a_hqx, bad))

print("== rlecode_hqx / rledecode_hqx")
for data in (b"", b"a", b"aaa", b"aaaa", b"a" * 5, b"a" * 255, b"a" * 256, b"a" * 257,
             b"a" * 258, b"a" * 259, b"a" * 600, b"\x90", b"\x90" * 4, b"xaaaay",
             b"ab\x90\x90\x90\x90\x90cd", bytearray(b"zzzzz"), b"\x00" * 9):
    coded = binascii.rlecode_hqx(data)
    print(len(data), coded[:24], len(coded), binascii.rledecode_hqx(coded) == bytes(data))
for data in (b"", b"\x90", b"a\x90", b"a\x90\x00", b"a\x90\x01", b"a\x90\x02", b"a\x90\x03",
             b"\x90\x05", b"\x90\x01", b"\x90\x00\x90\x03", b"a\x90\x03\x90\x02",
             b"a\x90\x00\x90\x04", b"a\x90\x04\x90", b"\x90\x00\x90\x00", bytearray(b"x\x90\x03")):
    print(bytes(data), attempt(binascii.rledecode_hqx, data))
print(len(attempt(binascii.rledecode_hqx, b"ab\x90\x90")))
for bad in ("abc", 3):
    print(repr(bad), attempt(binascii.rlecode_hqx, bad), attempt(binascii.rledecode_hqx, bad))

print("== the exceptions")
print(issubclass(binascii.Incomplete, Exception), issubclass(binascii.Error, ValueError),
      issubclass(binascii.Incomplete, binascii.Error))
