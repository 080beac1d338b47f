"""Shim case pep594-sndhdr: the `sndhdr` module (removed in 3.13), used as old code did to
identify a sound file and read its rate, channels, frame count and sample width.

The sound files are made here: WAVE through the wave module, the others (AIFF, AIFF-C, Sun
.au, VOC, 8SVX, SoundTool, Sounder, HCOM) byte by byte, plus damaged ones.  They live in a
temporary directory and only relative names are printed.  Python 3.8 did not warn at
`import sndhdr`, so no warning is printed for it.
"""
import os
import shutil
import struct
import sys
import tempfile
import warnings
import wave

import sndhdr

TMP = tempfile.mkdtemp()
os.chdir(TMP)


def write(name, data):
    with open(name, "wb") as fh:
        fh.write(data)
    return name


def chunk(name, data, order=">"):
    return name + struct.pack(order + "L", len(data)) + data + (b"\0" if len(data) & 1 else b"")


def extended(rate):
    """An 80-bit IEEE extended float, as AIFF stores the sample rate."""
    exponent = rate.bit_length() - 1
    return struct.pack(">HQ", 16383 + exponent, rate << (63 - exponent))


def aiff(kind=b"AIFF", channels=1, frames=100, bits=16, rate=22050, compression=b"",
         sound=True, extra=b""):
    comm = struct.pack(">hlh", channels, frames, bits) + extended(rate) + compression
    body = kind + chunk(b"COMM", comm) + extra
    if sound:
        body += chunk(b"SSND", b"\0" * 8 + b"\0" * 16)
    return b"FORM" + struct.pack(">L", len(body)) + body


def make_wav(name, channels, width, rate, frames):
    w = wave.open(name, "wb")
    w.setnchannels(channels)
    w.setsampwidth(width)
    w.setframerate(rate)
    w.writeframes(b"\0" * (channels * width * frames))
    w.close()
    return name


def au(magic, order, encoding, channels, data_size=800, rate=8000):
    return magic + struct.pack(order + "6L", 24, data_size, encoding, rate, channels, 0) + b"\0" * 32


files = [
    make_wav("mono.wav", 1, 2, 44100, 10),
    make_wav("stereo8.wav", 2, 1, 8000, 7),
    make_wav("empty.wav", 1, 2, 16000, 0),
    write("float.wav", b"RIFF" + struct.pack("<L", 36) + b"WAVE" + chunk(
        b"fmt ", struct.pack("<HHLLHH", 3, 1, 8000, 32000, 4, 32), "<") + chunk(b"data", b"", "<")),
    write("extensible.wav", b"RIFF" + struct.pack("<L", 60) + b"WAVE" + chunk(
        b"fmt ", struct.pack("<HHLLHHHHL", 0xFFFE, 1, 8000, 16000, 2, 16, 22, 16, 4) + b"\0" * 16, "<")
        + chunk(b"data", b"\0\0", "<")),
    write("nodata.wav", b"RIFF" + struct.pack("<L", 28) + b"WAVE" + chunk(
        b"fmt ", struct.pack("<HHLLHH", 1, 1, 8000, 16000, 2, 16), "<")),
    write("sound.aiff", aiff()),
    write("stereo24.aif", aiff(channels=2, bits=24, rate=48000, frames=3)),
    write("plain.aifc", aiff(kind=b"AIFC", compression=b"NONE\x0enot compressed\0",
                             extra=chunk(b"FVER", b"\xa2\x80\x51\x40"))),
    write("ulaw.aifc", aiff(kind=b"AIFC", bits=8, compression=b"ulaw\x00\x00")),
    write("sowt.aifc", aiff(kind=b"AIFC", compression=b"sowt\x00\x00")),
    write("nossnd.aiff", aiff(sound=False)),
    write("marks.aiff", aiff(extra=chunk(b"MARK", b"\0\x01\0\x01\0\0\0\x05\x03abc"))),
    write("big.au", au(b".snd", ">", 3, 2)),
    write("ulaw.au", au(b".snd", ">", 1, 1)),
    write("pcm8.au", au(b".snd", ">", 2, 1, data_size=801)),
    write("odd.au", au(b".snd", ">", 27, 0)),
    write("little.au", au(b"dns.", "<", 3, 1)),
    write("speech.voc", b"Creative Voice File\x1a\x1a\x00\x0a\x01\x29\x11\x01\x9c\x00" + b"\x80" * 16),
    write("norate.voc", b"Creative Voice File\x1a\x1a\x00" + b"\x00" * 16),
    write("amiga.8svx", b"FORM\0\0\0\x20" + b"8SVX" + b"VHDR" + b"\0" * 24),
    write("tool.snd", b"SOUND\x1a\0\0" + struct.pack("<L", 1234) + b"\0" * 8 + struct.pack("<H", 11025) + b"\0" * 10),
    write("sounder.snd", b"\0\0" + struct.pack("<H", 8000) + b"\0" * 20),
    write("notsounder.snd", b"\0\0" + struct.pack("<H", 3000) + b"\0" * 20),
    write("mac.hcom", b"\0" * 65 + b"FSSD" + b"\0" * 59 + b"HCOM" + b"\0" * 12 + struct.pack(">L", 2) + b"\0" * 8),
    write("text.txt", b"just some text\n"),
    write("empty.bin", b""),
]

print("== what / whathdr")
for name in files:
    print(name, sndhdr.what(name))
found = sndhdr.whathdr("mono.wav")
print(found == sndhdr.what("mono.wav"), type(found).__name__, tuple(found))
print(found.filetype, found.framerate, found.nchannels, found.nframes, found.sampwidth)
print(sndhdr.SndHeaders._fields, sndhdr.__all__)
print(sndhdr.SndHeaders.nframes.__doc__)
print(sndhdr.SndHeaders("wav", 8000, 1, 5, 16))

print("== damaged AIFF-C")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(sndhdr.what(write("short-comm.aifc", b"FORM\0\0\0\x36AIFC" + chunk(
        b"COMM", struct.pack(">hlh", 1, 5, 16) + extended(8000)) + chunk(b"SSND", b"\0" * 8))))
print([(w.category.__name__, str(w.message)) for w in caught])
try:
    sndhdr.what(write("cut-name.aifc", aiff(kind=b"AIFC", compression=b"NONE")))
except TypeError:
    print("compression name cut short: TypeError")

print("== errors")
for bad in ("missing.wav", TMP):
    try:
        sndhdr.what(bad)
    except OSError as exc:
        print(type(exc).__name__)

print("== the tests list")
print([test.__name__ for test in sndhdr.tests])
print(sndhdr.get_long_be(b"\x01\x02\x03\x04"), sndhdr.get_long_le(b"\x01\x02\x03\x04"),
      sndhdr.get_short_be(b"\x01\x02"), sndhdr.get_short_le(b"\x01\x02"))
with open("sounder.snd", "rb") as fh:
    print(sndhdr.test_sndr(fh.read(512), fh), sndhdr.test_sndt(b"SOUND" + b"\0" * 20, None))


def test_flac(h, f):
    if h[:4] == b"fLaC":
        return "flac", 0, 0, -1, 0


sndhdr.tests.append(test_flac)
print(sndhdr.what(write("song.flac", b"fLaC\0\0\0\x22" + b"\0" * 34)))
sndhdr.tests.remove(test_flac)
print(sndhdr.what("song.flac"))

print("== testall / test (the command line)")
os.makedirs(os.path.join("tree", "sub"))
shutil.copy("mono.wav", os.path.join("tree", "sub", "deep.wav"))
sndhdr.testall(["mono.wav", "text.txt", "tree", "missing.au"], 0, 1)
sndhdr.testall(["tree"], 1, 0)
sys.argv = ["sndhdr", "-r", "tree", "speech.voc"]
sndhdr.test()
os.chdir(os.path.dirname(TMP))
shutil.rmtree(TMP)
