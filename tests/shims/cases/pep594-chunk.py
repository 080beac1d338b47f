"""Shim case pep594-chunk: the `chunk` module (removed in 3.13).

Walks IFF files the way the old aifc/wave readers and media tools did: a FORM container, then
chunk after chunk until EOFError, reading, seeking and skipping inside each (with the pad
byte of odd-sized chunks), on a seekable file and on a stream that cannot seek; little-endian
RIFF sizes, sizes that include the header, truncated files, and the closed state.  3.8 did
not warn on import.
"""
import io
import struct

import chunk
from chunk import Chunk


def ck(name, data, big=True, pad=True):
    head = name + struct.pack(">L" if big else "<L", len(data))
    return head + data + (b"\0" if pad and len(data) % 2 else b"")


def state(c):
    keys = ("closed", "align", "chunkname", "chunksize", "size_read", "offset", "seekable")
    return {k: getattr(c, k) for k in keys if hasattr(c, k)}


def attempt(label, function, *args):
    try:
        print(label, "->", repr(function(*args)))
    except Exception as exc:
        print(label, "->", type(exc).__name__, repr(exc))


class Stream:
    """A file-like object that can only read."""

    def __init__(self, data):
        self._data = io.BytesIO(data)

    def read(self, n=-1):
        return self._data.read(n)


body = ck(b"COMM", b"\x00\x01\x00\x00\x00\x10\x00\x10" + b"@\x0e\xac\x44" + b"\0" * 6) \
    + ck(b"NAME", b"odd") + ck(b"SSND", b"\0" * 8 + bytes(range(20))) + ck(b"ANNO", b"")
form = ck(b"FORM", b"AIFF" + body)

print("== walking a FORM")
f = io.BytesIO(form)
outer = Chunk(f)
print(outer.getname(), outer.getsize(), state(outer))
print(outer.read(4))
while True:
    try:
        c = Chunk(outer)
    except EOFError:
        print("EOFError: no more chunks")
        break
    print(c.getname(), c.getsize(), c.tell(), c.isatty(), state(c)["seekable"])
    print("  ", c.read(3), c.tell(), c.read(), c.tell(), c.read(), c.read(10))
    c.skip()
    print("   outer at", outer.tell())
print(outer.tell(), outer.read(), f.tell())

print("== seek, tell, read")
f = io.BytesIO(ck(b"DATA", b"0123456789a") + ck(b"NEXT", b"zz"))
c = Chunk(f)
print(state(c))
c.seek(3)
print(c.read(2), c.tell())
c.seek(-2, 1)
print(c.read(1), c.tell())
c.seek(-1, 2)
print(c.read(), c.tell(), f.tell())
c.seek(0, 7)
print(c.tell(), c.read(0), c.read(-4))
for args in ((-1,), (12,), (1, 2), (0, 1)):
    attempt("seek%r" % (args,), c.seek, *args)
    print("   tell:", c.tell())
c.seek(5)
c.close()
print("closed:", state(c), f.tell())
for name in ("read", "tell", "isatty", "skip"):
    attempt(name + " after close", getattr(c, name))
attempt("seek after close", c.seek, 0)
print(c.getname(), c.getsize())
c.close()
n = Chunk(f)
print(n.getname(), n.read(), state(n))

print("== a stream that cannot seek")
s = Stream(ck(b"ABCD", b"hello") + ck(b"EFGH", b"xyz"))
c = Chunk(s)
print(state(c))
print(c.read(2))
attempt("seek", c.seek, 0)
c.skip()
print(state(c))
c = Chunk(s)
print(c.read(), state(c))
c.close()
attempt("next chunk", Chunk, s)

print("== options")
c = Chunk(io.BytesIO(ck(b"RIFF", b"WAVEfmt ", big=False)), bigendian=False)
print(c.getname(), c.getsize(), c.read(4))
c = Chunk(io.BytesIO(ck(b"RIFF", b"WAVEfmt ", big=False)))
print("wrong byte order:", c.getsize())
c = Chunk(io.BytesIO(struct.pack(">4sL", b"INCL", 13) + b"hello\0"), inclheader=True)
print(c.getsize(), c.read(), c.tell())
c = Chunk(io.BytesIO(struct.pack(">4sL", b"TINY", 3)), inclheader=True)
print(c.getsize(), c.read(), c.tell())
f = io.BytesIO(ck(b"NOAL", b"odd", pad=False) + ck(b"NEXT", b"zz"))
c = Chunk(f, align=False)
print(c.read(), c.tell())
c.skip()
print(Chunk(f, align=False).getname())

print("== truncated input")
for data in (b"", b"AB", b"ABCD", b"ABCD\x00\x00", ck(b"ABCD", b"hello")[:10]):
    try:
        c = Chunk(io.BytesIO(data))
    except EOFError as exc:
        print(data, "EOFError", repr(exc))
    else:
        print(data, c.getname(), c.getsize(), c.read(), state(c))
        c.skip()
        print("   skip ok", state(c))
c = Chunk(Stream(ck(b"ABCD", b"hello")[:10]))
attempt("skip a short stream", c.skip)
print(state(c))
c = Chunk(io.BytesIO(b"\xff\xfe\x00\x01\x00\x00\x00\x00"))
print(c.getname(), c.getsize(), c.read())
print(sorted(k for k in vars(chunk) if not k.startswith("__")))
