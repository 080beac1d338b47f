"""Shim case pep594-imghdr: the `imghdr` module (removed in 3.13), used as old code did to
sniff the type of an uploaded or downloaded image.

The image headers are made here (minimal but real file headers of each kind); files go to a
temporary directory and only names relative to it are printed.  Python 3.8 did not warn at
`import imghdr`, so no warning is printed for it.
"""
import io
import os
import shutil
import struct
import sys
import tempfile
import zlib

import imghdr


def png():
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))


SAMPLES = [
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"),
    ("camera.jpg", b"\xff\xd8\xff\xe1\x00\x16Exif\x00\x00MM\x00*\x00\x00\x00\x08"),
    ("raw.jpg", b"\xff\xd8\xff\xdb\x00\x43\x00" + b"\x01" * 20),
    ("dot.png", png()),
    ("old.gif", b"GIF87a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff,"),
    ("anim.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
    ("big.tif", b"MM\x00*\x00\x00\x00\x08"),
    ("little.tif", b"II*\x00\x08\x00\x00\x00"),
    ("sgi.rgb", b"\x01\xda\x00\x01\x00\x02\x00\x01\x00\x01\x00\x01"),
    ("a.pbm", b"P1\n1 1\n1\n"),
    ("b.pbm", b"P4 8 1\n\xff"),
    ("a.pgm", b"P2\t1 1\n255\n0\n"),
    ("b.pgm", b"P5\r1 1 255\n\x00"),
    ("a.ppm", b"P3\n1 1\n255\n0 0 0\n"),
    ("b.ppm", b"P6 1 1 255\n\x00\x00\x00"),
    ("pam.pam", b"P7\nWIDTH 1\n"),
    ("nospace.ppm", b"P6x"),
    ("sun.ras", b"\x59\xa6\x6a\x95\x00\x00\x00\x01\x00\x00\x00\x01"),
    ("icon.xbm", b"#define icon_width 8\n#define icon_height 1\n"),
    ("noxbm.txt", b"#define\tX 1\n"),
    ("pic.bmp", b"BM" + struct.pack("<IHHI", 58, 0, 0, 54) + b"\x28\x00\x00\x00"),
    ("pic.webp", b"RIFF" + struct.pack("<I", 26) + b"WEBPVP8 " + b"\x00" * 10),
    ("sound.wav", b"RIFF" + struct.pack("<I", 36) + b"WAVEfmt "),
    ("hdr.exr", b"\x76\x2f\x31\x01\x02\x00\x00\x00"),
    ("page.html", b"<html><body>hi</body></html>"),
    ("empty.bin", b""),
    ("short.bin", b"P"),
]

TMP = tempfile.mkdtemp()
os.chdir(TMP)
for name, data in SAMPLES:
    with open(name, "wb") as fh:
        fh.write(data)

print("== what(filename)")
for name, data in SAMPLES:
    print(name, imghdr.what(name))

print("== what(file object): the position is kept")
with open("dot.png", "rb") as fh:
    print(imghdr.what(fh), fh.tell())
stream = io.BytesIO(b"junk" + SAMPLES[4][1])
stream.seek(4)
print(imghdr.what(stream), stream.tell())
stream.seek(0)
print(imghdr.what(stream), stream.tell())

print("== what(None, header bytes)")
for name, data in SAMPLES[:6]:
    print(name, imghdr.what(None, data[:32]), imghdr.what("ignored", data))
print(imghdr.what(None, b"GIF89a" + b"\x00" * 100))

print("== pathlib, errors")
import pathlib
print(imghdr.what(pathlib.Path("anim.gif")))
for bad in ("missing.png", 12, b"anim.gif"):
    try:
        imghdr.what(bad)
    except Exception as exc:
        print(type(exc).__name__)
try:
    imghdr.what(None, "GIF89a")
except TypeError:
    print("str header: TypeError")

print("== the tests list")
print(imghdr.__all__, [test.__name__ for test in imghdr.tests])
print(imghdr.test_gif(b"GIF89a", None), imghdr.test_png(b"GIF89a", None), imghdr.test_pbm(b"P4\n", None))


def test_ico(h, f):
    if h[:4] == b"\x00\x00\x01\x00":
        return "ico"


def test_seen(h, f):
    print("  custom test got", type(f).__name__, len(h), "bytes")


imghdr.tests.append(test_ico)
with open("favicon.ico", "wb") as fh:
    fh.write(b"\x00\x00\x01\x00\x01\x00\x10\x10")
print("ico:", imghdr.what("favicon.ico"), imghdr.what(None, b"\x00\x00\x01\x00"))
imghdr.tests.insert(0, test_seen)
print(imghdr.what("favicon.ico"))
print(imghdr.what(io.BytesIO(b"\x00\x00\x01\x00")))
del imghdr.tests[0]
imghdr.tests.remove(test_ico)

print("== testall / test (the command line)")
os.makedirs(os.path.join("tree", "sub"))
os.makedirs(os.path.join("odd[1]"))
shutil.copy("dot.png", os.path.join("tree", "sub", "deep.png"))
shutil.copy("anim.gif", os.path.join("odd[1]", "x.gif"))
shutil.copy("anim.gif", os.path.join("tree", ".hidden.gif"))
imghdr.testall(["anim.gif", "page.html", "tree", "missing.gif", "odd[1]"], 0, 1)
imghdr.testall(["tree"], 1, 0)
imghdr.testall(["tree"], 0, 0)
sys.argv = ["imghdr", "-r", "tree", "sun.ras"]
imghdr.test()
os.chdir("tree")
sys.argv = ["imghdr"]
imghdr.test()
os.chdir(os.path.dirname(TMP))
shutil.rmtree(TMP)
