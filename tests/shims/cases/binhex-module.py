"""Shim case binhex-module: the `binhex` module (removed in 3.11).

Round trips of files through binhex.binhex() and binhex.hexbin() in a temporary directory
(text and binary files, empty, with long runs and 0x90 bytes, larger than one 32 KiB coding
piece), printing the .hqx text itself (or its digest when long); then the BinHex and HexBin
classes on file objects: header fields, partial reads, the resource fork, and the errors 3.8
raised for wrong sizes, wrong order, bad CRCs and missing data.  3.8 did not warn at import.
"""
import binascii
import hashlib
import io
import os
import shutil
import tempfile

import binhex

TMP = tempfile.mkdtemp()


def path(name):
    return os.path.join(TMP, name)


def digest(data):
    return hashlib.sha1(data).hexdigest()[:16]


class Keep(io.BytesIO):
    """A binary file object that remembers what it held when BinHex closed it."""

    def close(self):
        self.value = self.getvalue()
        super().close()


print("== round trips through files")
samples = [
    ("hello.txt", b"hello world\n"),
    ("empty.txt", b""),
    ("nul.bin", b"\x00"),
    ("runs.bin", b"a" * 300 + b"bbbb" + b"\x90" + b"c" * 3 + b"\x90\x90d"),
    ("table.bin", bytes(range(256))),
    ("big.bin", bytes(range(256)) * 200 + b"z" * 40000 + bytes(i * 7 % 251 for i in range(30000))),
    ("colon:name.txt", b"x"),
]
for name, data in samples:
    with open(path(name), "wb") as fh:
        fh.write(data)
    fname, finfo, dlen, rlen = binhex.getfileinfo(path(name))
    print(repr(fname), finfo.Type, finfo.Creator, finfo.Flags, dlen, rlen)
    binhex.binhex(path(name), path(name + ".hqx"))
    with open(path(name + ".hqx"), "rb") as fh:
        coded = fh.read()
    if len(coded) < 500:
        print(coded)
    else:
        print(len(coded), digest(coded), coded[:80], coded[-40:])
    print("  line lengths:", sorted(set(len(line) for line in coded.split(b"\r"))))
    binhex.hexbin(path(name + ".hqx"), path(name + ".out"))
    with open(path(name + ".out"), "rb") as fh:
        print("  back:", fh.read() == data)
cwd = os.getcwd()
os.chdir(TMP)
try:
    for out in (None, ""):
        os.remove("hello.txt")
        binhex.hexbin("hello.txt.hqx", out)
        with open("hello.txt", "rb") as fh:
            print("out=%r writes the stored name:" % out, fh.read())
finally:
    os.chdir(cwd)

print("== BinHex on a file object")
finfo = binhex.FInfo()
print(finfo.Type, finfo.Creator, finfo.Flags)
finfo.Type, finfo.Creator, finfo.Flags = "APPL", b"CRTR", 0x0100
out = Keep()
bh = binhex.BinHex(("Mac File", finfo, 6, 4), out)
print(bh.state, bh.dlen, bh.rlen)
bh.write(b"aaa")
bh.write(b"aaa")
print(bh.state, bh.dlen)
bh.write_rsrc(b"rr")
print(bh.state, bh.rlen)
bh.write_rsrc(b"rr")
bh.close()
print(out.value)
bh.close()
try:
    bh.write(b"")
except binhex.Error as exc:
    print("binhex.Error:", exc)
out = Keep()
bh = binhex.BinHex(("n", None, 0, 0), out)
bh.close()
print("finfo None:", out.value)
out = Keep()
bh = binhex.BinHex(("n", finfo, 1, 0), out)
bh.write(b"ab")
try:
    bh.close()
except binhex.Error as exc:
    print("binhex.Error:", exc, out.closed, bh.state)
out = Keep()
bh = binhex.BinHex(("n", finfo, 2, 3), out)
bh.write(b"a")
try:
    bh.write_rsrc(b"x")
except binhex.Error as exc:
    print("binhex.Error:", exc)
out = Keep()
bh = binhex.BinHex(("n", finfo, 0, 3), out)
bh.write_rsrc(b"x")
try:
    bh.close()
except binhex.Error as exc:
    print("binhex.Error:", exc, out.value)
for name in ("x" * 63, "x" * 64, "caf\xe9"):
    try:
        out = Keep()
        binhex.BinHex((name, finfo, 0, 0), out).close()
        print(len(name), digest(out.value))
    except binhex.Error as exc:
        print(len(name), "binhex.Error:", exc)
finfo.Flags = -2
out = Keep()
binhex.BinHex(("n", finfo, 0, 0), out).close()
print("negative flags:", out.value)

print("== HexBin on a file object")
out = Keep()
bh = binhex.BinHex(("name.bin", finfo, 10, 3), out)
bh.write(b"0123456789")
bh.write_rsrc(b"RSC")
bh.close()
good = out.value
hb = binhex.HexBin(io.BytesIO(good))
print(hb.FName, hb.FInfo.Type, hb.FInfo.Creator, hb.FInfo.Flags, hb.dlen, hb.rlen, hb.state)
print(hb.read(4), hb.dlen, hb.read(), hb.read(), hb.dlen)
print(hb.read_rsrc(1), hb.state, hb.read_rsrc(), hb.read_rsrc(), hb.rlen)
print(hb.close(), hb.state, hb.close())
try:
    hb.read()
except binhex.Error as exc:
    print("binhex.Error:", exc)
hb = binhex.HexBin(io.BytesIO(good))
print(hb.read(100), hb.close_data())
for call in (hb.close_data, hb.read):
    try:
        call()
    except binhex.Error as exc:
        print("binhex.Error:", exc)
hb.close()
hb = binhex.HexBin(io.BytesIO(good))
hb.close()
print("close at once:", hb.state)
hb = binhex.HexBin(io.BytesIO(good.replace(b"\r", b"\r\n")))
print("CRLF lines:", hb.read(), hb.read_rsrc())
for data in (b"no colon at all", b""):
    try:
        binhex.HexBin(io.BytesIO(data))
    except binhex.Error as exc:
        print("binhex.Error:", exc)
try:
    binhex.HexBin(io.BytesIO(b"junk\r:"))
except binhex.Error as exc:
    print("binhex.Error:", exc)
bad = bytearray(good)
at = good.index(b":") + 25
bad[at] = ord("!") if bad[at] != ord("!") else ord('"')
try:
    binhex.HexBin(io.BytesIO(bytes(bad)))
except binhex.Error as exc:
    print("binhex.Error:", exc)
bad = bytearray(good)
bad[good.index(b":") + 3] = ord("~")
try:
    binhex.HexBin(io.BytesIO(bytes(bad)))
except binascii.Error as exc:
    print("binascii.Error:", exc)
hb = binhex.HexBin(io.BytesIO(good[:-3]))
print(hb.read())
try:
    hb.close()
except binhex.Error as exc:
    print("binhex.Error:", exc, hb.state)

print("== module attributes")
print(binhex.__all__, binhex.LINELEN, binhex.RUNCHAR, binhex.REASONABLY_LARGE)
print(issubclass(binhex.Error, Exception), binhex.Error.__name__)
rsrc = binhex.openrsrc(path("x"), "rb")
print(rsrc.read(), rsrc.read(10), rsrc.write(b"x"), rsrc.close())
shutil.rmtree(TMP)
