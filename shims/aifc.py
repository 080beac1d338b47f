"""The `aifc` module, restored by pythonc for code written for Python 3.12 and older.

`aifc` reads and writes AIFF and AIFF-C sound files (Apple's Audio Interchange File Format,
an EA IFF 85 container: a FORM chunk holding COMM, SSND, and optionally FVER and MARK chunks).
It was deprecated in 3.11 and removed in 3.13 (PEP 594).  This file is a fresh implementation
of its documented interface, written from the file format's specification; the u-law, A-law
and G.722 (IMA ADPCM) conversions use `audioop` and the chunk parsing uses `chunk`, both
imported quietly on first use, as the 3.11 and 3.12 releases did.  pythonc serves it only
where the running Python has no `aifc` of its own; importing it emits one
`_compat.CompatDeprecationWarning` attributed to the importing line.
"""

__shim__ = {"id": "pep594-aifc", "removed_in": "3.13",
            "replacement": "PyPI standard-aifc, or soundfile"}

import builtins
import math
import struct
import warnings
from collections import namedtuple

__all__ = ["Error", "open"]   # openfp: shims/wave.py


class Error(Exception):
    pass


_AIFC_version = 0xA2805140      # the FVER timestamp of AIFF-C version 1
_HUGE_VAL = 1.79769313486231e+308

_COMPRESSED = (b"ulaw", b"ULAW", b"alaw", b"ALAW", b"G722")
_WRITABLE = (b"NONE",) + _COMPRESSED
# The writer's conversion method for each compression type.
_ENCODER = dict.fromkeys((b"ulaw", b"ULAW"), "_lin2ulaw")
_ENCODER.update(dict.fromkeys((b"alaw", b"ALAW"), "_lin2alaw"))
_ENCODER[b"G722"] = "_lin2adpcm"


def _quiet_import(name):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return __import__(name)


def _audioop():
    return _quiet_import("audioop")


def __getattr__(name):
    if name == "Chunk":
        return _quiet_import("chunk").Chunk
    raise AttributeError("module 'aifc' has no attribute %r" % name)


# ---- big-endian fields -----------------------------------------------------------------------

def _reader(fmt):
    code = struct.Struct(fmt)

    def read(file):
        try:
            return code.unpack(file.read(code.size))[0]
        except struct.error:
            raise EOFError from None
    return read


def _writer(fmt):
    code = struct.Struct(fmt)

    def write(f, x):
        f.write(code.pack(x))
    return write


_read_long, _read_ulong = _reader(">l"), _reader(">L")
_read_short, _read_ushort = _reader(">h"), _reader(">H")
_write_long, _write_ulong = _writer(">l"), _writer(">L")
_write_short, _write_ushort = _writer(">h"), _writer(">H")


def _read_string(file):
    """A Pascal string: a length byte, the bytes, and a pad byte to an even total."""
    size = ord(file.read(1))
    text = file.read(size) if size else b""
    if size % 2 == 0:
        file.read(1)
    return text


def _write_string(f, s):
    if len(s) > 255:
        raise ValueError("string exceeds maximum pstring length")
    f.write(bytes((len(s),)))
    f.write(s)
    if len(s) % 2 == 0:
        f.write(b"\x00")


def _read_float(f):
    """An 80-bit IEEE 754 extended precision number: sign and 15-bit exponent, then a
    64-bit mantissa with an explicit integer bit."""
    head = _read_short(f)
    mantissa = _read_ulong(f) << 32
    mantissa += _read_ulong(f)
    sign = -1 if head < 0 else 1
    exponent = head & 0x7FFF
    if exponent == 0 and mantissa == 0:
        return sign * 0.0
    if exponent == 0x7FFF:
        return sign * _HUGE_VAL
    return sign * (mantissa * pow(2.0, exponent - 16383 - 63))


def _write_float(f, x):
    """x as an 80-bit IEEE 754 extended precision number (mantissa truncated to 64 bits)."""
    sign = 0x8000 if x < 0 else 0
    x = abs(x) if sign else x
    if x == 0:
        exponent, mantissa = 0, 0
    else:
        fraction, exponent = math.frexp(x)
        if exponent > 16384 or fraction >= 1 or fraction != fraction:
            exponent, mantissa = sign | 0x7FFF, 0         # infinity or NaN
        else:
            exponent += 16382
            if exponent < 0:                              # denormalised
                fraction = math.ldexp(fraction, exponent)
                exponent = 0
            exponent |= sign
            top = math.ldexp(fraction, 32)
            high = math.floor(top)
            low = math.floor(math.ldexp(top - high, 32))
            mantissa = int(high) << 32 | int(low)
    _write_ushort(f, exponent)
    _write_ulong(f, mantissa >> 32)
    _write_ulong(f, mantissa & 0xFFFFFFFF)


_aifc_params = namedtuple("_aifc_params",
                          "nchannels sampwidth framerate nframes comptype compname")
_aifc_params.nchannels.__doc__ = "Number of audio channels (1 for mono, 2 for stereo)"
_aifc_params.sampwidth.__doc__ = "Sample width in bytes"
_aifc_params.framerate.__doc__ = "Sampling frequency"
_aifc_params.nframes.__doc__ = "Number of audio frames"
_aifc_params.comptype.__doc__ = "Compression type (\"NONE\" for AIFF files)"
_aifc_params.compname.__doc__ = ("A human-readable version of the compression type\n"
                                 "('not compressed' for AIFF files)")


def _find_mark(markers, id):
    for mark in markers:
        if mark[0] == id:
            return mark
    raise Error("marker {0!r} does not exist".format(id))


def _field(attribute):
    def get(self):
        return getattr(self, attribute)
    return get


def _open_file(f, mode, instance):
    """Run instance.initfp on `f`, opening it first when it is a name (and closing it again
    if initfp fails).  Returns whether it was a name."""
    if not isinstance(f, str):
        instance.initfp(f)
        return False
    opened = builtins.open(f, mode)
    try:
        instance.initfp(opened)
    except:
        opened.close()
        raise
    return True


# ---- writing ---------------------------------------------------------------------------------

_WRITER_START = {"_version": _AIFC_version, "_comptype": b"NONE",
                 "_compname": b"not compressed", "_convert": None, "_nchannels": 0,
                 "_sampwidth": 0, "_framerate": 0, "_nframes": 0, "_nframeswritten": 0,
                 "_datawritten": 0, "_datalength": 0, "_marklength": 0, "_aifc": 1}


class Aifc_write:
    """An AIFF or AIFF-C file open for writing (see aifc.open).  AIFF-C unless aiff() is
    called or the file name ends in .aiff."""

    _file = None

    def __init__(self, f):
        if _open_file(f, "wb", self) and f.endswith(".aiff"):
            self._aifc = 0          # the extension asks for plain AIFF

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def aifc(self):
        self._unstarted()
        self._aifc = 1

    def aiff(self):
        self._unstarted()
        self._aifc = 0

    def close(self):
        if self._file is None:
            return
        try:
            self._ensure_header_written(0)
            if self._datawritten & 1:
                self._file.write(b"\x00")
                self._datawritten = self._datawritten + 1
            self._writemarkers()
            if self._nframeswritten != self._nframes or \
                    self._datalength != self._datawritten or self._marklength:
                self._patchheader()
        finally:
            self._convert = None
            file, self._file = self._file, None
            file.close()

    getcompname = _field("_compname")

    getcomptype = _field("_comptype")

    def getframerate(self):
        return self._get("_framerate", "frame rate")

    def getmark(self, id):
        return _find_mark(self._markers, id)

    def getmarkers(self):
        return self._markers or None

    def getnchannels(self):
        return self._get("_nchannels", "number of channels")

    getnframes = _field("_nframeswritten")

    def getparams(self):
        if not self._nchannels or not self._sampwidth or not self._framerate:
            raise Error("not all parameters set")
        return _aifc_params(self._nchannels, self._sampwidth, self._framerate, self._nframes,
                            self._comptype, self._compname)

    def getsampwidth(self):
        return self._get("_sampwidth", "sample width")

    def initfp(self, file):
        self._file = file
        vars(self).update(_WRITER_START)
        self._markers = []

    def setcomptype(self, comptype, compname):
        self._unstarted()
        if comptype not in _WRITABLE:
            raise Error("unsupported compression type")
        self._comptype = comptype
        self._compname = compname

    def setframerate(self, framerate):
        self._set("_framerate", framerate, framerate <= 0 and "bad frame rate")

    def setmark(self, id, pos, name):
        if id <= 0:
            raise Error("marker ID must be > 0")
        if pos < 0:
            raise Error("marker position must be >= 0")
        if not isinstance(name, bytes):
            raise Error("marker name must be bytes")
        for i, marker in enumerate(self._markers):
            if id == marker[0]:
                self._markers[i] = id, pos, name
                return
        self._markers.append((id, pos, name))

    def setnchannels(self, nchannels):
        self._set("_nchannels", nchannels, nchannels < 1 and "bad # of channels")

    def setnframes(self, nframes):
        self._set("_nframes", nframes)

    def setparams(self, params):
        channels, width, rate, count, ctype, cname = params   # ValueError before any change
        self._unstarted()
        if ctype not in _WRITABLE:
            raise Error("unsupported compression type")
        for setter, value in ((self.setnchannels, channels), (self.setsampwidth, width),
                              (self.setframerate, rate), (self.setnframes, count)):
            setter(value)
        self.setcomptype(ctype, cname)

    def setsampwidth(self, sampwidth):
        self._set("_sampwidth", sampwidth,
                  not 1 <= sampwidth <= 4 and "bad sample width")

    tell = _field("_nframeswritten")

    def writeframes(self, data):
        self.writeframesraw(data)
        if self._nframeswritten != self._nframes or self._datalength != self._datawritten:
            self._patchheader()

    def writeframesraw(self, data):
        if not isinstance(data, (bytes, bytearray)):
            data = memoryview(data).cast("B")
        self._ensure_header_written(len(data))
        frames = len(data) // (self._sampwidth * self._nchannels)
        stored = self._convert(data) if self._convert else data
        self._file.write(stored)
        self._nframeswritten += frames
        self._datawritten += len(stored)

    def _ensure_header_written(self, datasize):
        if self._nframeswritten:
            return
        if self._comptype in _COMPRESSED:
            self._sampwidth = self._sampwidth or 2      # compressed data is 16-bit linear
            if self._sampwidth != 2:
                raise Error("sample width must be 2 when compressing "
                            "with ulaw/ULAW, alaw/ALAW or G7.22 (ADPCM)")
        for value, what in ((self._nchannels, "# channels"), (self._sampwidth, "sample width"),
                            (self._framerate, "sampling rate")):
            if not value:
                raise Error(what + " not specified")
        self._write_header(datasize)

    def _get(self, attribute, what):
        value = getattr(self, attribute)
        if not value:
            raise Error(what + " not set")
        return value

    def _init_compression(self):
        method = _ENCODER.get(self._comptype)
        if method:
            self._convert = getattr(self, method)

    def _lin2adpcm(self, data):
        audioop = _audioop()
        if not hasattr(self, "_adpcmstate"):
            self._adpcmstate = None
        data, self._adpcmstate = audioop.lin2adpcm(data, 2, self._adpcmstate)
        return data

    def _lin2alaw(self, data):
        return _audioop().lin2alaw(data, 2)

    def _lin2ulaw(self, data):
        return _audioop().lin2ulaw(data, 2)

    def _patchheader(self):
        f = self._file
        here = f.tell()
        if self._datawritten & 1:
            datalength = self._datawritten + 1
            f.write(b"\x00")
        else:
            datalength = self._datawritten
        if datalength == self._datalength and self._nframes == self._nframeswritten \
                and self._marklength == 0:
            f.seek(here, 0)
            return
        f.seek(self._form_length_pos, 0)
        self._write_form_length(datalength)
        f.seek(self._nframes_pos, 0)
        _write_ulong(f, self._nframeswritten)
        f.seek(self._ssnd_length_pos, 0)
        _write_ulong(f, datalength + 8)
        f.seek(here, 0)
        self._nframes = self._nframeswritten
        self._datalength = datalength

    def _set(self, attribute, value, problem=None):
        self._unstarted()
        if problem:
            raise Error(problem)
        setattr(self, attribute, value)

    def _unstarted(self):
        if self._nframeswritten:
            raise Error("cannot change parameters after starting to write")

    def _write_form_length(self, datalength):
        """Write the FORM size for `datalength` bytes of sound; returns the COMM size."""
        # AIFF-C's COMM adds the type and the name (a padded Pascal string); FVER is 12.
        comm, fver = (((23 + len(self._compname)) + 1) & ~1, 12) if self._aifc else (18, 0)
        _write_ulong(self._file, sum((4, fver, self._marklength, 8, comm, 16, datalength)))
        return comm

    def _write_header(self, initlength):
        f = self._file
        if self._aifc and self._comptype != b"NONE":
            self._init_compression()
        f.write(b"FORM")
        if not self._nframes:
            self._nframes = initlength // (self._nchannels * self._sampwidth)
        length = self._nframes * self._nchannels * self._sampwidth
        if length & 1:
            length = length + 1
        if self._aifc and self._comptype in _COMPRESSED:
            # One byte per sample for u-law and A-law, four bits for ADPCM.
            if self._comptype == b"G722":
                length = (length + 3) // 4
            else:
                length = length // 2
            if length & 1:
                length = length + 1
        self._datalength = length
        try:
            self._form_length_pos = f.tell()
        except (AttributeError, OSError):
            self._form_length_pos = None
        commlength = self._write_form_length(self._datalength)
        if self._aifc:
            f.write(b"AIFC")
            f.write(b"FVER")
            _write_ulong(f, 4)
            _write_ulong(f, self._version)
        else:
            f.write(b"AIFF")
        f.write(b"COMM")
        _write_ulong(f, commlength)
        _write_short(f, self._nchannels)
        if self._form_length_pos is not None:
            self._nframes_pos = f.tell()
        _write_ulong(f, self._nframes)
        if self._comptype in _COMPRESSED:
            _write_short(f, 8)
        else:
            _write_short(f, self._sampwidth * 8)
        _write_float(f, self._framerate)
        if self._aifc:
            f.write(self._comptype)
            _write_string(f, self._compname)
        f.write(b"SSND")
        if self._form_length_pos is not None:
            self._ssnd_length_pos = f.tell()
        _write_ulong(f, self._datalength + 8)
        _write_ulong(f, 0)
        _write_ulong(f, 0)

    def _writemarkers(self):
        marks = self._markers
        if not marks:
            return
        # Each marker: id (2), position (4), and its name as a Pascal string of even size.
        size = 2 + sum(6 + ((len(label) + 2) & ~1) for _, _, label in marks)
        out = self._file
        out.write(b"MARK")
        _write_ulong(out, size)
        self._marklength = size + 8
        _write_short(out, len(marks))
        for ident, where, label in marks:
            _write_short(out, ident)
            _write_ulong(out, where)
            _write_string(out, label)


# ---- reading ---------------------------------------------------------------------------------

class Aifc_read:
    """An AIFF or AIFF-C file open for reading (see aifc.open)."""

    _file = None

    def __init__(self, f):
        _open_file(f, "rb", self)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        file, self._file = self._file, None
        if file is not None:
            file.close()

    getcompname = _field("_compname")

    getcomptype = _field("_comptype")

    getfp = _field("_file")

    getframerate = _field("_framerate")

    def getmark(self, id):
        return _find_mark(self._markers, id)

    def getmarkers(self):
        return self._markers or None

    getnchannels = _field("_nchannels")

    getnframes = _field("_nframes")

    def getparams(self):
        return _aifc_params(self.getnchannels(), self.getsampwidth(), self.getframerate(),
                            self.getnframes(), self.getcomptype(), self.getcompname())

    getsampwidth = _field("_sampwidth")

    def initfp(self, file):
        Chunk = _quiet_import("chunk").Chunk
        self._version = 0
        self._convert = None
        self._markers = []
        self._soundpos = 0
        self._file = file
        form = Chunk(file)
        if form.getname() != b"FORM":
            raise Error("file does not start with FORM id")
        kind = form.read(4)
        if kind == b"AIFF":
            self._aifc = 0
        elif kind == b"AIFC":
            self._aifc = 1
        else:
            raise Error("not an AIFF or AIFF-C file")
        self._comm_chunk_read = 0
        self._ssnd_chunk = None
        while True:
            self._ssnd_seek_needed = 1
            try:
                piece = Chunk(self._file)
            except EOFError:
                break
            name = piece.getname()
            if name == b"COMM":
                self._read_comm_chunk(piece)
                self._comm_chunk_read = 1
            elif name == b"SSND":
                self._ssnd_chunk = piece
                piece.read(8)           # offset and block size
                self._ssnd_seek_needed = 0
            elif name == b"FVER":
                self._version = _read_ulong(piece)
            elif name == b"MARK":
                self._readmark(piece)
            piece.skip()
        if not self._comm_chunk_read or not self._ssnd_chunk:
            raise Error("COMM chunk and/or SSND chunk missing")

    def readframes(self, nframes):
        if self._ssnd_seek_needed:
            self._ssnd_chunk.seek(0)
            self._ssnd_chunk.read(8)
            offset = self._soundpos * self._framesize
            if offset:
                self._ssnd_chunk.seek(offset + 8)
            self._ssnd_seek_needed = 0
        if nframes == 0:
            return b""
        data = self._ssnd_chunk.read(nframes * self._framesize)
        if self._convert and data:
            data = self._convert(data)
        self._soundpos = self._soundpos + len(data) // (self._nchannels * self._sampwidth)
        return data

    def rewind(self):
        self._ssnd_seek_needed = 1
        self._soundpos = 0

    def setpos(self, pos):
        if pos < 0 or pos > self._nframes:
            raise Error("position not in range")
        self._soundpos = pos
        self._ssnd_seek_needed = 1

    tell = _field("_soundpos")

    def _adpcm2lin(self, data):
        audioop = _audioop()
        if not hasattr(self, "_adpcmstate"):
            self._adpcmstate = None
        data, self._adpcmstate = audioop.adpcm2lin(data, 2, self._adpcmstate)
        return data

    def _alaw2lin(self, data):
        return _audioop().alaw2lin(data, 2)

    def _read_comm_chunk(self, chunk):
        self._nchannels = _read_short(chunk)
        self._nframes = _read_long(chunk)
        self._sampwidth = (_read_short(chunk) + 7) // 8
        self._framerate = int(_read_float(chunk))
        if self._sampwidth <= 0:
            raise Error("bad sample width")
        if self._nchannels <= 0:
            raise Error("bad # of channels")
        self._framesize = self._nchannels * self._sampwidth
        if not self._aifc:
            self._comptype = b"NONE"
            self._compname = b"not compressed"
            return
        # Some writers gave the AIFF size (18) to an AIFF-C COMM chunk.
        short_chunk = chunk.chunksize == 18
        if short_chunk:
            warnings.warn("Warning: bad COMM chunk size")
            chunk.chunksize = 23
        self._comptype = chunk.read(4)
        if short_chunk:
            size = ord(chunk.file.read(1))
            if size & 1 == 0:
                size = size + 1
            chunk.chunksize = chunk.chunksize + size
            chunk.file.seek(-1, 1)
        self._compname = _read_string(chunk)
        if self._comptype != b"NONE":
            if self._comptype == b"G722":
                self._convert = self._adpcm2lin
            elif self._comptype in (b"ulaw", b"ULAW"):
                self._convert = self._ulaw2lin
            elif self._comptype in (b"alaw", b"ALAW"):
                self._convert = self._alaw2lin
            else:
                raise Error("unsupported compression type")
            self._sampwidth = 2

    def _readmark(self, chunk):
        count = _read_short(chunk)
        try:
            for _ in range(count):
                id = _read_short(chunk)
                pos = _read_long(chunk)
                name = _read_string(chunk)
                # Position 0 with no name is a placeholder some writers leave: skipped.
                if pos or name:
                    self._markers.append((id, pos, name))
        except EOFError:
            found = len(self._markers)
            warnings.warn("Warning: MARK chunk contains only %s marker%s instead of %s"
                          % (found, "" if found == 1 else "s", count))

    def _ulaw2lin(self, data):
        return _audioop().ulaw2lin(data, 2)


def open(f, mode=None):
    """Open an AIFF or AIFF-C file: mode "r"/"rb" gives an Aifc_read, "w"/"wb" an
    Aifc_write (mode defaults to the file object's own mode, else "rb")."""
    if mode is None:
        mode = getattr(f, "mode", "rb")
    for accepted, kind in ((("r", "rb"), Aifc_read), (("w", "wb"), Aifc_write)):
        if mode in accepted:
            return kind(f)
    raise Error("mode must be 'r', 'rb', 'w', or 'wb'")
