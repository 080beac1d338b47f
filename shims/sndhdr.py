"""The `sndhdr` module, restored by pythonc for code written for Python 3.12 and older.

`sndhdr` was deprecated in 3.11 and removed in 3.13 (PEP 594).  This file is a fresh
implementation of its documented interface (what(), whathdr(), the SndHeaders named tuple,
the `tests` list of recognisers and the command-line helpers), written from the library
reference and from the observed behaviour of Python 3.8.  The AIFF/AIFF-C and WAVE headers are
read here directly, accepting what 3.8's aifc and wave modules accepted (aifc is gone from
3.13, and wave reads more formats since 3.12), so the answers are those of 3.8.  pythonc serves
it only where the running Python has no `sndhdr` of its own; importing it emits one
`_compat.CompatDeprecationWarning` attributed to the importing line.
"""

__shim__ = {"id": "pep594-sndhdr", "removed_in": "3.13",
            "replacement": "the filetype or puremagic packages, or the soundfile package"}

import struct as _struct
from collections import namedtuple

__all__ = ["what", "whathdr"]

SndHeaders = namedtuple("SndHeaders", "filetype framerate nchannels nframes sampwidth")
SndHeaders.filetype.__doc__ = ("The value for type indicates the data type\n"
                               "and will be one of the strings 'aifc', 'aiff', 'au','hcom',\n"
                               "'sndr', 'sndt', 'voc', 'wav', '8svx', 'sb', 'ub', or 'ul'.")
SndHeaders.framerate.__doc__ = ("The sampling_rate will be either the actual\n"
                                "value or 0 if unknown or difficult to decode.")
SndHeaders.nchannels.__doc__ = ("The number of channels or 0 if it cannot be\n"
                                "determined or if the value is difficult to decode.")
SndHeaders.nframes.__doc__ = ("The value for frames will be either the number\n"
                              "of frames or -1.")
SndHeaders.sampwidth.__doc__ = ("Either the sample size in bits or\n"
                                "'A' for A-LAW or 'U' for u-LAW.")


def what(filename):
    """Guess the type of a sound file."""
    return whathdr(filename)


def whathdr(filename):
    """Recognize sound headers: a SndHeaders tuple for the file, or None."""
    with open(filename, "rb") as f:
        h = f.read(512)
        for recogniser in tests:
            found = recogniser(h, f)
            if found:
                return SndHeaders(*found)
        return None


# ---- byte helpers ----------------------------------------------------------------------------

def get_long_be(b):
    return (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]


def get_long_le(b):
    return (b[3] << 24) | (b[2] << 16) | (b[1] << 8) | b[0]


def get_short_be(b):
    return (b[0] << 8) | b[1]


def get_short_le(b):
    return (b[1] << 8) | b[0]


class _Malformed(Exception):
    """A header that 3.8's aifc or wave module refused (their Error, or EOFError)."""


class _Chunk:
    """One IFF/RIFF chunk read from `source` (a file or an enclosing _Chunk), with the
    semantics of the 3.8 chunk module that aifc and wave read through: reads stop at the end
    of the chunk, odd sizes are padded, and seeking outside it is a RuntimeError."""

    def __init__(self, source, order):
        self.source = source
        self.name = source.read(4)
        if len(self.name) < 4:
            raise _Malformed()
        size = source.read(4)
        if len(size) < 4:
            raise _Malformed()
        self.size = _struct.unpack(order + "L", size)[0]
        self.done = 0
        self.origin = source.tell()

    def tell(self):
        return self.done

    def seek(self, position, whence=0):
        if whence == 1:
            position += self.done
        elif whence == 2:
            position += self.size
        if position < 0 or position > self.size:
            raise RuntimeError
        self.source.seek(self.origin + position, 0)
        self.done = position

    def read(self, count=-1):
        if self.done >= self.size:
            return b""
        left = self.size - self.done
        if count < 0 or count > left:
            count = left
        data = self.source.read(count)
        self.done += len(data)
        if self.done == self.size and self.size & 1:
            self.done += len(self.source.read(1))
        return data

    def skip(self):
        self.source.seek(self.size - self.done + (self.size & 1), 1)
        self.done = self.size + (self.size & 1)


def _unpack(fmt, source):
    size = _struct.calcsize(fmt)
    data = source.read(size)
    if len(data) < size:
        raise _Malformed()
    return _struct.unpack(fmt, data)[0]


def _byte(source):
    data = source.read(1)
    if not data:
        # (as 3.8's aifc failed on a missing length byte)
        raise TypeError("ord() expected a character, but string of length 0 found")
    return data[0]


def _pascal_string(source):
    length = _byte(source)
    data = source.read(length) if length else b""
    if not length & 1:
        source.read(1)
    return data


def _extended(source):
    """An 80-bit IEEE extended float (the AIFF sample rate), as aifc computed it."""
    exponent = _unpack(">h", source)
    high = _unpack(">L", source)
    low = _unpack(">L", source)
    sign = 1
    if exponent < 0:
        sign = -1
        exponent += 0x8000
    if exponent == high == low == 0:
        value = 0.0
    elif exponent == 0x7FFF:
        value = 1.79769313486231e+308
    else:
        value = (high * 0x100000000 + low) * pow(2.0, exponent - 16383 - 63)
    return sign * value


def _aiff_comm(chunk, compressed):
    nchannels = _unpack(">h", chunk)
    nframes = _unpack(">l", chunk)
    sampwidth = (_unpack(">h", chunk) + 7) // 8
    framerate = int(_extended(chunk))
    if sampwidth <= 0 or nchannels <= 0:
        raise _Malformed()
    if compressed:
        short = chunk.size == 18
        if short:
            # A COMM chunk without its compression fields: 3.8 read them from what follows.
            import warnings
            warnings.warn("Warning: bad COMM chunk size")
            chunk.size = 23
        kind = chunk.read(4)
        if short:
            length = _byte(chunk.source)
            if not length & 1:
                length += 1
            chunk.size += length
            chunk.source.seek(-1, 1)
        _pascal_string(chunk)
        if kind != b"NONE":
            if kind not in (b"G722", b"ulaw", b"ULAW", b"alaw", b"ALAW"):
                raise _Malformed()
            sampwidth = 2
    return framerate, nchannels, nframes, sampwidth


def _aiff_marks(chunk):
    import warnings
    wanted = _unpack(">h", chunk)
    kept = 0
    try:
        for _ in range(wanted):
            _unpack(">h", chunk)
            position = _unpack(">l", chunk)
            name = _pascal_string(chunk)
            if position or name:
                kept += 1
    except _Malformed:
        warnings.warn("Warning: MARK chunk contains only %s marker%s instead of %s"
                      % (kept, "" if kept == 1 else "s", wanted))


def _aiff_header(f):
    """(kind, framerate, nchannels, nframes, sampwidth in bytes) of an AIFF/AIFF-C file, or
    _Malformed."""
    form = _Chunk(f, ">")
    if form.name != b"FORM":
        raise _Malformed()
    kind = form.read(4)
    if kind not in (b"AIFF", b"AIFC"):
        raise _Malformed()
    comm = None
    sound = False
    while True:
        try:
            chunk = _Chunk(f, ">")
        except _Malformed:
            break
        if chunk.name == b"COMM":
            comm = _aiff_comm(chunk, kind == b"AIFC")
        elif chunk.name == b"SSND":
            chunk.read(8)
            sound = True
        elif chunk.name == b"FVER":
            _unpack(">L", chunk)
        elif chunk.name == b"MARK":
            _aiff_marks(chunk)
        chunk.skip()
    if comm is None or not sound:
        raise _Malformed()
    return comm


def _wave_header(f):
    """(framerate, nchannels, nframes, sampwidth in bytes) of a PCM WAVE file, or
    _Malformed."""
    riff = _Chunk(f, "<")
    if riff.name != b"RIFF" or riff.read(4) != b"WAVE":
        raise _Malformed()
    fmt = None
    while True:
        try:
            chunk = _Chunk(riff, "<")
        except _Malformed:
            break
        if chunk.name == b"fmt ":
            data = chunk.read(14)
            if len(data) < 14:
                raise _Malformed()
            tag, nchannels, framerate, _per_second, _align = _struct.unpack("<HHLLH", data)
            if tag != 1:
                raise _Malformed()          # only PCM, as in 3.8
            sampwidth = (_unpack("<H", chunk) + 7) // 8
            if not sampwidth or not nchannels:
                raise _Malformed()
            fmt = (framerate, nchannels, sampwidth)
        elif chunk.name == b"data":
            if fmt is None:
                raise _Malformed()
            framerate, nchannels, sampwidth = fmt
            return framerate, nchannels, chunk.size // (nchannels * sampwidth), sampwidth
        chunk.skip()
    raise _Malformed()


# ---- the recognisers: each takes (first 512 bytes, open file) --------------------------------
# Applications may append their own to `tests`.

def test_aifc(h, f):
    """AIFF or AIFF-C."""
    if not h.startswith(b"FORM"):
        return None
    if h[8:12] == b"AIFC":
        kind = "aifc"
    elif h[8:12] == b"AIFF":
        kind = "aiff"
    else:
        return None
    f.seek(0)
    try:
        framerate, nchannels, nframes, sampwidth = _aiff_header(f)
    except _Malformed:
        return None
    return kind, framerate, nchannels, nframes, 8 * sampwidth


def test_au(h, f):
    """Sun/NeXT audio (.au / .snd), either byte order."""
    if h.startswith(b".snd"):
        number = get_long_be
    elif h[:4] in (b"\0ds.", b"dns."):
        number = get_long_le
    else:
        return None
    data_size = number(h[8:12])
    encoding = number(h[12:16])
    rate = number(h[16:20])
    nchannels = number(h[20:24])
    sample_size = 1
    if encoding == 1:
        sample_bits = "U"
    elif encoding == 2:
        sample_bits = 8
    elif encoding == 3:
        sample_bits = 16
        sample_size = 2
    else:
        sample_bits = "?"
    frame_size = sample_size * nchannels
    nframes = data_size / frame_size if frame_size else -1
    return "au", rate, nchannels, nframes, sample_bits


def test_hcom(h, f):
    """Macintosh HCOM."""
    if h[65:69] != b"FSSD" or h[128:132] != b"HCOM":
        return None
    divisor = get_long_be(h[144:148])
    rate = 22050 / divisor if divisor else 0
    return "hcom", rate, 1, -1, 8


def test_voc(h, f):
    """Creative Labs VOC."""
    if not h.startswith(b"Creative Voice File\032"):
        return None
    offset = get_short_le(h[20:22])
    rate = 0
    if 0 <= offset < 500 and h[offset] == 1:
        code = 256 - h[offset + 4]
        if code:
            rate = int(1000000.0 / code)
    return "voc", rate, 1, -1, 8


def test_wav(h, f):
    """Microsoft WAVE (PCM)."""
    if not h.startswith(b"RIFF") or h[8:12] != b"WAVE" or h[12:16] != b"fmt ":
        return None
    f.seek(0)
    try:
        framerate, nchannels, nframes, sampwidth = _wave_header(f)
    except _Malformed:
        return None
    return "wav", framerate, nchannels, nframes, 8 * sampwidth


def test_8svx(h, f):
    """Amiga IFF 8SVX (always reported as one channel)."""
    if not h.startswith(b"FORM") or h[8:12] != b"8SVX":
        return None
    return "8svx", 0, 1, 0, 8


def test_sndt(h, f):
    """SoundTool."""
    if h.startswith(b"SOUND"):
        nsamples = get_long_le(h[8:12])
        rate = get_short_le(h[20:22])
        return "sndt", rate, 1, nsamples, 8


def test_sndr(h, f):
    """Sounder."""
    if h.startswith(b"\0\0"):
        rate = get_short_le(h[2:4])
        if 4000 <= rate <= 25000:
            return "sndr", rate, 1, -1, 8


tests = [test_aifc, test_au, test_hcom, test_voc, test_wav, test_8svx, test_sndt, test_sndr]


# ---- command line: python -m sndhdr [-r] [file-or-directory ...] ----------------------------

def test():
    """Print the sound header of each file named on the command line (default: the current
    directory); -r descends into subdirectories."""
    _legacy_text()["command_line"](testall)


def testall(list, recursive, toplevel):
    """Print "name: what(name)" for each of the files in `list`; directories are listed
    when `recursive` (or, one level deep, when `toplevel`) is true."""
    _legacy_text()["walk"](what, list, recursive, toplevel)


def _legacy_text():
    import _compat_engine
    return _compat_engine.private_file("_legacy_text")


if __name__ == "__main__":
    test()
