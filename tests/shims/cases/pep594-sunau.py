"""Shim case pep594-sunau: the `sunau` module (removed in 3.13).

Writes Sun .au files the way old audio tools did (by name and through file objects, u-law by
default or linear PCM of every width, in one writeframes or in pieces), prints the exact bytes,
then reads them back: parameters, frames in chunks, setpos/rewind/tell.  Also A-law and
unknown-size files, annotations, truncated and corrupt headers, a stream that cannot seek, the
errors and their messages, and openfp's DeprecationWarning.  Runs in a temporary directory.
3.8 did not warn on import.
"""
import hashlib
import io
import math
import os
import shutil
import struct
import sys
import tempfile
import warnings

import sunau

TMP = tempfile.mkdtemp()
HOME = os.getcwd()
os.chdir(TMP)


def here():
    return sys._getframe(1).f_lineno


def digest(data):
    return hashlib.sha256(data).hexdigest()[:16]


def attempt(label, function, *args):
    try:
        result = function(*args)
    except Exception as exc:
        print(label, "->", type(exc).__name__, exc)
        return None
    print(label, "->", repr(result))
    return result


def read_back(data, chunks=(3, 100)):
    f = io.BytesIO(data)
    try:
        r = sunau.open(f, "r")
    except Exception as exc:
        print("   read:", type(exc).__name__, exc)
        return
    print("   params:", tuple(r.getparams()), r.getmarkers())
    for n in chunks:
        frames = r.readframes(n)
        print("   readframes(%d):" % n, frames if len(frames) < 24 else (len(frames), digest(frames)),
              "tell", r.tell())
    r.close()
    print("   file still open:", not f.closed)


tone = b"".join(struct.pack("=h", int(20000 * math.sin(i / 5.0))) for i in range(400))

print("== writing by name")
w = sunau.open("default.au", "w")
print(w.getcomptype(), w.getcompname())
w.setnchannels(1)
w.setsampwidth(2)
w.setframerate(8000)
w.writeframes(tone[:40])
print(w.tell(), tuple(w.getparams()))
w.close()
with open("default.au", "rb") as fh:
    data = fh.read()
print(data)
with sunau.open("default.au") as r:
    print(tuple(r.getparams()), r.readframes(5), r.tell())
w = sunau.open("linear.au", "wb")
w.setparams((2, 2, 44100, 0, "NONE", "ignored"))
w.writeframes(tone)
w.close()
with open("linear.au", "rb") as fh:
    data = fh.read()
print(data[:40], len(data), digest(data))
read_back(data, (0, 7, 1000, 5))

print("== every width and compression")
for comptype in ("NONE", "ULAW"):
    for width in (1, 2, 3, 4):
        for channels in (1, 2, 4):
            out = io.BytesIO()
            w = sunau.open(out, "wb")
            w.setparams((channels, width, 22050.7, 0, comptype, ""))
            w.writeframes(tone[:width * channels * 5])
            w.writeframesraw(tone[100:100 + width * channels * 3 + (comptype == "NONE")])
            w.close()
            data = out.getvalue()
            print(comptype, width, channels, data[:32].hex(), digest(data), "closed:", out.closed)
            read_back(data, (2, 100))

print("== preset frame counts and odd sizes")
for nframes, pieces in ((5, [b"\x01\x02" * 5]), (5, [b"\x01\x02" * 2]), (2, [b"\x01\x02\x03"]),
                        (0, [b"\x01", b"\x02\x03"])):
    out = io.BytesIO()
    w = sunau.open(out, "wb")
    w.setparams((1, 2, 8000, nframes, "NONE", ""))
    for piece in pieces:
        w.writeframes(piece)
        print("   after write:", out.getvalue()[8:12].hex(), w.tell())
    w.close()
    print(nframes, out.getvalue())

print("== files from elsewhere")
header = struct.pack(">4sLLLLL", b".snd", 24, 6, sunau.AUDIO_FILE_ENCODING_ALAW_8, 8000, 1)
read_back(header + b"\xd5\x55\x2a\xaa\x80\x00")
header = struct.pack(">4sLLLLL", b".snd", 32, sunau.AUDIO_UNKNOWN_SIZE,
                     sunau.AUDIO_FILE_ENCODING_MULAW_8, 8000, 1)
read_back(header + b"comment\0" + bytes(range(0, 256, 16)), (4, sunau.AUDIO_UNKNOWN_SIZE))
f = io.BytesIO(header + b"info\0xyz" + b"\x00\x10\x20\x30")
r = sunau.open(f, "r")
print(r._info, r.getnframes(), r.readframes(1))
r.setpos(3)
print(r.tell(), r.readframes(1))
attempt("setpos(-1)", r.setpos, -1)
attempt("getmark", r.getmark, 1)
header = struct.pack(">4sLLLLL", b".snd", 40, 8, sunau.AUDIO_FILE_ENCODING_LINEAR_8, 11025, 2)
read_back(header + b"long annotation" + b"\0" + b"ABCDEFGH", (1, 2, 9))
for bad in (b"", b".snd\0\0\0\x18", b"RIFF" + header[4:], header[:4] + struct.pack(">L", 16) + header[8:],
            header[:4] + struct.pack(">L", 101) + header[8:],
            header[:12] + struct.pack(">L", sunau.AUDIO_FILE_ENCODING_FLOAT) + header[16:],
            header[:12] + struct.pack(">L", sunau.AUDIO_FILE_ENCODING_ADPCM_G721) + header[16:],
            header[:20] + struct.pack(">L", 0) + header[24:]):
    print(bad[:24])
    read_back(bad)

print("== a stream that cannot seek")


class Stream:
    def __init__(self):
        self.data = b""

    def write(self, b):
        self.data += bytes(b)

    def flush(self):
        pass


s = Stream()
w = sunau.open(s, "wb")
w.setparams((1, 2, 8000, 3, "NONE", ""))
w.writeframes(tone[:6])
w.close()
print(s.data)
s = Stream()
w = sunau.open(s, "wb")
w.setparams((1, 2, 8000, 0, "NONE", ""))
attempt("writeframes needing a patch", w.writeframes, tone[:6])
w._file = None

print("== errors")
w = sunau.open(io.BytesIO(), "wb")
for label, call, args in (("getnchannels", w.getnchannels, ()), ("getsampwidth", w.getsampwidth, ()),
                          ("getframerate", w.getframerate, ()), ("getparams", w.getparams, ()),
                          ("setnchannels(3)", w.setnchannels, (3,)),
                          ("setsampwidth(5)", w.setsampwidth, (5,)),
                          ("setnframes(-1)", w.setnframes, (-1,)),
                          ("setcomptype(ALAW)", w.setcomptype, ("ALAW", "")),
                          ("setcomptype(bytes)", w.setcomptype, (b"NONE", "")),
                          ("write before setup", w.writeframes, (b"ab",))):
    attempt(label, call, *args)
w.setnchannels(1)
attempt("no width", w.writeframes, b"ab")
w.setsampwidth(2)
attempt("getsampwidth without rate", w.getsampwidth)
attempt("no rate", w.writeframes, b"ab")
w.setframerate(8000)
w.writeframes(b"abcd")
for label, call, args in (("setnchannels late", w.setnchannels, (2,)),
                          ("setframerate late", w.setframerate, (5,)),
                          ("setnframes late", w.setnframes, (3,)),
                          ("setcomptype late", w.setcomptype, ("NONE", ""))):
    attempt(label, call, *args)
print(w.getcomptype())
w.close()
w.close()
attempt("open mode x", sunau.open, io.BytesIO(), "x")
with open("default.au", "rb") as fh:
    print("mode from the file object:", type(sunau.open(fh)).__name__)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); r = sunau.openfp(io.BytesIO(header + b"\0" * 24), "r")
print("openfp:", type(r).__name__, [(issubclass(x.category, DeprecationWarning), x.lineno - base) for x in caught])
print(sunau.AUDIO_FILE_MAGIC, sunau.AUDIO_UNKNOWN_SIZE, sunau.AUDIO_FILE_ENCODING_LINEAR_24,
      sunau.AUDIO_FILE_ENCODING_ADPCM_G723_5, issubclass(sunau.Error, Exception))
os.chdir(HOME)
shutil.rmtree(TMP)
