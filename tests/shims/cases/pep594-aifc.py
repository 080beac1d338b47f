"""Shim case pep594-aifc: the `aifc` module (removed in 3.13).

Writes AIFF and AIFF-C files the way old audio tools did (by name, through file objects, with
setparams or the individual setters, in one writeframes or in pieces, with markers, and with
every compression: NONE, u-law, A-law and G.722 ADPCM), prints the exact bytes written (or a
digest), then reads them back: parameters, markers, frames in chunks, setpos/rewind/tell.  Also
odd-sized data and its pad byte, a stream that cannot seek, the AIFF-C COMM size quirk, a
truncated MARK chunk, the errors and their messages, and openfp's DeprecationWarning.  Runs in
a temporary directory.  3.8 did not warn on import.
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

import aifc

TMP = tempfile.mkdtemp()
HOME = os.getcwd()
os.chdir(TMP)


def here():
    return sys._getframe(1).f_lineno


def digest(data):
    return hashlib.sha256(data).hexdigest()[:16]


class Keep(io.BytesIO):
    """A BytesIO that keeps its contents when closed (aifc closes the file it was given)."""

    def close(self):
        self.final = self.getvalue()
        super().close()


class Stream:
    """Write-only, no tell or seek."""

    def __init__(self):
        self.data = b""

    def write(self, b):
        self.data += bytes(b)

    def close(self):
        pass


def attempt(label, function, *args):
    try:
        result = function(*args)
    except Exception as exc:
        print(label, "->", type(exc).__name__, exc)
        return None
    print(label, "->", repr(result))
    return result


def read_back(data, chunks=(3, 100)):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            r = aifc.open(Keep(data), "rb")
        except Exception as exc:
            print("   read:", type(exc).__name__, exc)
            r = None
        if r is not None:
            print("   params:", tuple(r.getparams()), r.getmarkers())
            for n in chunks:
                frames = r.readframes(n)
                print("   readframes(%d):" % n, len(frames), digest(frames), "tell", r.tell())
            r.close()
    for w in caught:
        print("   warning:", w.category.__name__, w.message)


tone = b"".join(struct.pack(">h", int(20000 * math.sin(i / 5.0))) for i in range(400))
stereo = b"".join(tone[i:i + 2] * 2 for i in range(0, len(tone), 2))

print("== plain AIFF and AIFF-C")
for name in ("plain.aiff", "plain.aifc", "plain.aif"):
    w = aifc.open(name, "w")
    w.setnchannels(1)
    w.setsampwidth(2)
    w.setframerate(8000)
    w.writeframes(tone[:20])
    print(name, w.tell(), w.getnframes(), tuple(w.getparams()))
    w.close()
    with open(name, "rb") as fh:
        print("  ", fh.read())
with aifc.open("plain.aiff") as r:
    print(tuple(r.getparams()), r.getfp() is not None, r.readframes(4), r.tell())

print("== compression types")
for comptype, compname in ((b"NONE", b"not compressed"), (b"ulaw", b"CCITT G.711 u-law"),
                           (b"ULAW", b""), (b"alaw", b"CCITT G.711 A-law"), (b"ALAW", b"x"),
                           (b"G722", b"CCITT G.722 ADPCM")):
    out = Keep()
    w = aifc.open(out, "wb")
    w.setparams((2, 2, 44100, 0, comptype, compname))
    w.writeframes(stereo[:400])
    w.writeframes(stereo[400:1000])
    w.writeframesraw(stereo[1000:])
    print(comptype, w.tell(), tuple(w.getparams()))
    w.close()
    print("  ", len(out.final), out.final[:80], digest(out.final))
    read_back(out.final, (0, 7, 150, 1000))

print("== markers, preset nframes, odd sizes")
out = Keep()
w = aifc.open(out, "wb")
w.aiff()
w.setparams((1, 1, 22050.5, 5, b"NONE", b"ignored in AIFF"))
w.setmark(1, 0, b"start")
w.setmark(2, 3, b"ab")
w.setmark(1, 2, b"replaced")
w.setmark(3, 0, b"")
print(w.getmarkers(), w.getmark(2))
attempt("getmark(9)", w.getmark, 9)
w.writeframes(b"\x01\x02\x03")
w.close()
print(out.final)
read_back(out.final, (2, 10))
r = aifc.open(Keep(out.final))
print(r.getmark(1), r.getmark(2))
attempt("getmark(3)", r.getmark, 3)
r.setpos(2)
print(r.tell(), r.readframes(1), r.tell())
r.rewind()
print(r.tell(), r.readframes(10))
attempt("setpos(-1)", r.setpos, -1)
attempt("setpos(4)", r.setpos, 4)
r.setpos(3)
print(r.readframes(1))
out = Keep()
w = aifc.open(out, "wb")
w.setparams((3, 3, 96000, 0, b"NONE", b"odd"))
w.writeframes(b"\x07" * 9)
w.writeframesraw(b"\x08" * 10)
w.close()
print(out.final)
read_back(out.final, (1, 5))
out = Keep()
w = aifc.open(out, "wb")
w.setparams((1, 2, 8000, 0, b"G722", b""))
w.writeframes(tone[:6])
w.close()
print(out.final)
read_back(out.final, (5,))

print("== frame rates")
for rate in (8000, 11025, 22050.5, 44100, 48000, 0.5, 1e-10, 123456789.25, 2 ** 70):
    out = Keep()
    w = aifc.open(out, "wb")
    w.setparams((1, 2, rate, 0, b"NONE", b""))
    w.writeframes(b"")
    w.close()
    print(rate, out.final[40:50].hex(), aifc.open(Keep(out.final)).getframerate())

print("== a stream that cannot seek")
s = Stream()
w = aifc.open(s, "wb")
w.setparams((1, 2, 8000, 10, b"NONE", b""))
w.writeframes(tone[:20])
w.close()
print(s.data)
s = Stream()
w = aifc.open(s, "wb")
w.setparams((1, 2, 8000, 0, b"NONE", b""))
w.writeframes(tone[:20])
try:
    w.writeframes(tone[:20])
except Exception as exc:
    print("second write:", type(exc).__name__)
w._file = None

print("== unusual files")
comm18 = (b"FORM" + struct.pack(">L", 4 + 34 + 20 + 4) + b"AIFC" + b"COMM" + struct.pack(">L", 18)
          + struct.pack(">hLh", 1, 2, 16) + b"\x40\x0b\xfa" + b"\0" * 7 + b"NONE" + b"\x03abc"
          + b"SSND" + struct.pack(">LLL", 12, 0, 0) + b"\x01\x02\x03\x04")
read_back(comm18)
short_mark = (b"FORM" + struct.pack(">L", 4 + 26 + 20 + 18) + b"AIFF" + b"COMM"
              + struct.pack(">L", 18) + struct.pack(">hLh", 1, 2, 16) + b"\x40\x0b\xfa" + b"\0" * 7
              + b"SSND" + struct.pack(">LLL", 12, 0, 0) + b"\x01\x02\x03\x04"
              + b"MARK" + struct.pack(">L", 10) + struct.pack(">hhL", 3, 1, 5) + b"\x01a")
read_back(short_mark)
read_back(b"")
read_back(b"RIFF\0\0\0\x04WAVE")
read_back(b"FORM\0\0\0\x04WAVE")
read_back(b"FORM\0\0\0\x04AIFF")
read_back(comm18.replace(b"NONE", b"sowt"))
read_back(comm18.replace(b"AIFC", b"AIFF").replace(struct.pack(">hLh", 1, 2, 16), struct.pack(">hLh", 1, 2, 0)))
read_back(comm18.replace(b"AIFC", b"AIFF").replace(struct.pack(">hLh", 1, 2, 16), struct.pack(">hLh", 0, 2, 16)))

print("== errors")
w = aifc.open(Keep(), "wb")
for label, call in (("getnchannels", w.getnchannels), ("getsampwidth", w.getsampwidth),
                    ("getframerate", w.getframerate), ("getparams", w.getparams),
                    ("getmarkers", w.getmarkers), ("getnframes", w.getnframes),
                    ("getcomptype", w.getcomptype), ("getcompname", w.getcompname)):
    attempt(label, call)
for label, call, args in (("setnchannels(0)", w.setnchannels, (0,)),
                          ("setsampwidth(5)", w.setsampwidth, (5,)),
                          ("setsampwidth(0)", w.setsampwidth, (0,)),
                          ("setframerate(0)", w.setframerate, (0,)),
                          ("setcomptype(sowt)", w.setcomptype, (b"sowt", b"")),
                          ("setcomptype(str)", w.setcomptype, ("NONE", b"")),
                          ("setparams(sowt)", w.setparams, ((1, 2, 8000, 0, b"sowt", b""),)),
                          ("setmark(0)", w.setmark, (0, 0, b"")),
                          ("setmark(pos -1)", w.setmark, (1, -1, b"")),
                          ("setmark(str)", w.setmark, (1, 0, "name")),
                          ("write before setup", w.writeframes, (b"ab",))):
    attempt(label, call, *args)
w.setparams((1, 1, 8000, 0, b"ULAW", b""))
attempt("u-law with width 1", w.writeframes, b"ab")
w.setsampwidth(2)
w.writeframes(b"ab")
for label, call, args in (("setnchannels late", w.setnchannels, (2,)), ("aiff late", w.aiff, ()),
                          ("aifc late", w.aifc, ()), ("setnframes late", w.setnframes, (3,)),
                          ("setframerate late", w.setframerate, (5,)),
                          ("setcomptype late", w.setcomptype, (b"NONE", b""))):
    attempt(label, call, *args)
w.close()
w.close()
w = aifc.open(Keep(), "wb")
w.setnchannels(1)
w.setcomptype(b"alaw", b"")
attempt("no frame rate", w.writeframes, b"ab")
print("defaulted width:", w.getsampwidth())
w._file = None
attempt("open mode x", aifc.open, Keep(), "x")
with open("plain.aifc", "rb") as fh:
    r = aifc.open(fh)
    print("mode from the file object:", type(r).__name__, r.getnframes())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); r = aifc.openfp(Keep(comm18), "r")
print("openfp:", type(r).__name__, [(issubclass(x.category, DeprecationWarning), x.lineno - base) for x in caught
                                     if issubclass(x.category, DeprecationWarning)])
print(issubclass(aifc.Error, Exception), sorted(aifc.__all__))
os.chdir(HOME)
shutil.rmtree(TMP)
