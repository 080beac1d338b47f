"""The `sunau` module, restored by pythonc for code written for Python 3.12 and older.

`sunau` reads and writes Sun/NeXT .au sound files: a big-endian header (the magic ".snd", the
header size, the data size or 0xFFFFFFFF when unknown, the encoding, the sample rate and the
channel count, then a NUL-terminated annotation padded to 8 bytes) followed by the samples.  It
was deprecated in 3.11 and removed in 3.13 (PEP 594).  This file is a fresh implementation of
its documented interface, written from the file format; u-law conversion uses `audioop`,
imported quietly on first use as the 3.11 and 3.12 releases did.  pythonc serves it only
where the running Python has no `sunau` of its own; importing it emits one
`_compat.CompatDeprecationWarning` attributed to the importing line.
"""

__shim__ = {"id": "pep594-sunau", "removed_in": "3.13",
            "replacement": "PyPI standard-sunau, or soundfile"}

from collections import namedtuple
import warnings

_sunau_params = namedtuple("_sunau_params",
                           "nchannels sampwidth framerate nframes comptype compname")

# The header's magic number and the encodings of the .au specification.
AUDIO_FILE_MAGIC = 0x2E736E64
AUDIO_UNKNOWN_SIZE = 0xFFFFFFFF
for _name, _code in (("MULAW_8", 1), ("LINEAR_8", 2), ("LINEAR_16", 3), ("LINEAR_24", 4),
                     ("LINEAR_32", 5), ("FLOAT", 6), ("DOUBLE", 7), ("ADPCM_G721", 23),
                     ("ADPCM_G722", 24), ("ADPCM_G723_3", 25), ("ADPCM_G723_5", 26),
                     ("ALAW_8", 27)):
    globals()["AUDIO_FILE_ENCODING_" + _name] = _code
del _name, _code

# The encodings this module reads: code -> (sample width returned, bytes per sample stored).
_LAYOUT = {1: (2, 1), 2: (1, 1), 3: (2, 2), 4: (3, 3), 5: (4, 4), 27: (2, 1)}
_simple_encodings = sorted(_LAYOUT)
_COMPRESSION = {1: ("ULAW", "CCITT G.711 u-law"), 27: ("ALAW", "CCITT G.711 A-law")}
_NOT_COMPRESSED = ("NONE", "not compressed")


class Error(Exception):
    pass


def _audioop():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import audioop
    return audioop


def _read_u32(file):
    """A big-endian unsigned 32-bit field read a byte at a time; EOFError when short."""
    value = 0
    for _ in range(4):
        octet = file.read(1)
        if len(octet) == 0:
            raise EOFError
        value = (value << 8) | octet[0]
    return value


def _write_u32(file, x):
    file.write(bytes((x >> shift) & 0xFF for shift in (24, 16, 8, 0)))


def _field(attribute, doc):
    def get(self):
        return getattr(self, attribute)
    get.__doc__ = doc
    return get


def _open_named(f, mode, instance):
    """Open a file name for the reader or writer; remember whether we must close it."""
    instance._opened = isinstance(f, str)
    if instance._opened:
        import builtins
        f = builtins.open(f, mode)
    return f


_WRITER_START = {"_framerate": 0, "_nchannels": 0, "_sampwidth": 0, "_framesize": 0,
                 "_nframes": AUDIO_UNKNOWN_SIZE, "_nframeswritten": 0, "_datawritten": 0,
                 "_datalength": 0, "_info": b"", "_comptype": "ULAW"}


class Au_write:
    """A .au file open for writing (see sunau.open).  u-law unless setcomptype("NONE")."""

    def __init__(self, f):
        self.initfp(_open_named(f, "wb", self))

    def __del__(self):
        if self._file:
            self.close()
        self._file = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        if not self._file:
            return
        try:
            self._ensure_header_written()
            if self._header_stale():
                self._patchheader()
            self._file.flush()
        finally:
            file, self._file = self._file, None
            if self._opened:
                file.close()

    def getcompname(self):
        return "CCITT G.711 u-law" if self._comptype == "ULAW" else "not compressed"

    getcomptype = _field("_comptype", "'ULAW' or 'NONE'.")

    def getframerate(self):
        if not self._framerate:
            raise Error("frame rate not set")
        return self._framerate

    def getnchannels(self):
        if not self._nchannels:
            raise Error("number of channels not set")
        return self._nchannels

    getnframes = _field("_nframeswritten", "Frames written so far.")

    def getparams(self):
        return _sunau_params(self.getnchannels(), self.getsampwidth(), self.getframerate(),
                             self.getnframes(), self.getcomptype(), self.getcompname())

    def getsampwidth(self):
        # The old module checked the frame rate here; kept, since callers saw that error.
        if not self._framerate:
            raise Error("sample width not specified")
        return self._sampwidth

    def initfp(self, file):
        self._file = file
        vars(self).update(_WRITER_START)

    def setcomptype(self, type, name):
        """'ULAW' (the default) or 'NONE'; the name is ignored."""
        if type not in ("NONE", "ULAW"):
            raise Error("unknown compression type")
        self._comptype = type

    def setframerate(self, framerate):
        self._set("_framerate", framerate)

    def setnchannels(self, nchannels):
        self._set("_nchannels", nchannels,
                  nchannels not in (1, 2, 4) and "only 1, 2, or 4 channels supported")

    def setnframes(self, nframes):
        self._set("_nframes", nframes, nframes < 0 and "# of frames cannot be negative")

    def setparams(self, params):
        channels, width, rate, count, ctype, cname = params   # ValueError before any change
        for setter, value in ((self.setnchannels, channels), (self.setsampwidth, width),
                              (self.setframerate, rate), (self.setnframes, count)):
            setter(value)
        self.setcomptype(ctype, cname)

    def setsampwidth(self, sampwidth):
        self._set("_sampwidth", sampwidth,
                  sampwidth not in (1, 2, 3, 4) and "bad sample width")

    tell = _field("_nframeswritten", "Frames written so far.")

    def writeframes(self, data):
        """Write frames and bring the header's data size up to date."""
        self.writeframesraw(data)
        if self._header_stale():
            self._patchheader()

    def writeframesraw(self, data):
        """Write frames without fixing the header's data size."""
        if not isinstance(data, (bytes, bytearray)):
            data = memoryview(data).cast("B")
        self._ensure_header_written()
        if self._comptype == "ULAW":
            data = _audioop().lin2ulaw(data, self._sampwidth)
        self._file.write(data)
        self._nframeswritten += len(data) // self._framesize
        self._datawritten += len(data)

    def _ensure_header_written(self):
        # Until a whole frame is written, every write starts with a (new) header.
        if self._nframeswritten:
            return
        for value, what in ((self._nchannels, "# of channels"),
                            (self._sampwidth, "sample width"),
                            (self._framerate, "frame rate")):
            if not value:
                raise Error(what + " not specified")
        self._write_header()

    def _header_stale(self):
        return self._nframeswritten != self._nframes or self._datalength != self._datawritten

    def _patchheader(self):
        """Rewrite the data size field, then go back to the end."""
        if self._form_length_pos is None:
            raise OSError("cannot seek")
        self._file.seek(self._form_length_pos)
        _write_u32(self._file, self._datawritten)
        self._datalength = self._datawritten
        self._file.seek(0, 2)

    def _set(self, attribute, value, problem=None):
        if self._nframeswritten:
            raise Error("cannot change parameters after starting to write")
        if problem:
            raise Error(problem)
        setattr(self, attribute, value)

    def _write_header(self):
        if self._comptype == "ULAW":
            encoding, per_sample = AUDIO_FILE_ENCODING_MULAW_8, 1
        else:
            encoding = {1: 2, 2: 3, 3: 4, 4: 5}.get(self._sampwidth)
            per_sample = self._sampwidth
            if self._comptype != "NONE" or encoding is None:
                raise Error("internal error")
        self._framesize = per_sample * self._nchannels
        header_size = (24 + len(self._info) + 1 + 7) // 8 * 8
        if self._nframes == AUDIO_UNKNOWN_SIZE:
            self._datalength = AUDIO_UNKNOWN_SIZE
        else:
            self._datalength = self._nframes * self._framesize
        f = self._file
        _write_u32(f, AUDIO_FILE_MAGIC)
        _write_u32(f, header_size)
        try:
            self._form_length_pos = f.tell()
        except (AttributeError, OSError):
            self._form_length_pos = None
        for value in (self._datalength, encoding, int(self._framerate), self._nchannels):
            _write_u32(f, value)
        f.write(self._info + bytes(header_size - 24 - len(self._info)))


class Au_read:
    """A .au file open for reading (see sunau.open)."""

    def __init__(self, f):
        self.initfp(_open_named(f, "rb", self))

    def __del__(self):
        if self._file:
            self.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        file, self._file = self._file, None
        if file and self._opened:
            file.close()

    def getcompname(self):
        return _COMPRESSION.get(self._encoding, _NOT_COMPRESSED)[1]

    def getcomptype(self):
        return _COMPRESSION.get(self._encoding, _NOT_COMPRESSED)[0]

    getfp = _field("_file", "The underlying file object.")

    getframerate = _field("_framerate", "Frames per second.")

    def getmark(self, id):
        raise Error("no marks")

    def getmarkers(self):
        """.au files have no markers."""
        return None

    getnchannels = _field("_nchannels", "The number of channels.")

    def getnframes(self):
        """The number of frames (AUDIO_UNKNOWN_SIZE when the header does not say)."""
        if self._data_size == AUDIO_UNKNOWN_SIZE:
            return AUDIO_UNKNOWN_SIZE
        return self._data_size // self._framesize

    def getparams(self):
        return _sunau_params(self.getnchannels(), self.getsampwidth(), self.getframerate(),
                             self.getnframes(), self.getcomptype(), self.getcompname())

    getsampwidth = _field("_sampwidth", "Bytes per sample of the frames returned.")

    def initfp(self, file):
        self._file = file
        self._soundpos = 0
        if _read_u32(file) != AUDIO_FILE_MAGIC:
            raise Error("bad magic number")
        self._hdr_size = _read_u32(file)
        if self._hdr_size < 24:
            raise Error("header size too small")
        if self._hdr_size > 100:
            raise Error("header size ridiculously large")
        self._data_size = _read_u32(file)
        self._encoding = _read_u32(file)
        if self._encoding not in _LAYOUT:
            raise Error("encoding not (yet) supported")
        self._sampwidth, per_sample = _LAYOUT[self._encoding]
        self._framerate = _read_u32(file)
        self._nchannels = _read_u32(file)
        if self._nchannels == 0:
            raise Error("bad # of channels")
        self._framesize = per_sample * self._nchannels
        # The annotation: NUL-terminated text filling the rest of the header.
        self._info = b""
        if self._hdr_size > 24:
            self._info = file.read(self._hdr_size - 24).partition(b"\0")[0]
        try:
            self._data_pos = file.tell()
        except (AttributeError, OSError):
            self._data_pos = None

    def readframes(self, nframes):
        """Up to `nframes` frames as bytes (u-law is decoded to linear samples; A-law is
        returned as stored)."""
        size = -1 if nframes == AUDIO_UNKNOWN_SIZE else nframes * self._framesize
        data = self._file.read(size)
        self._soundpos += len(data) // self._framesize
        if self._encoding == AUDIO_FILE_ENCODING_MULAW_8:
            data = _audioop().ulaw2lin(data, self._sampwidth)
        return data

    def rewind(self):
        self._seek_frame(0)

    def setpos(self, pos):
        if not 0 <= pos <= self.getnframes():
            raise Error("position not in range")
        self._seek_frame(pos)

    tell = _field("_soundpos", "The current frame number.")

    def _seek_frame(self, frame):
        if self._data_pos is None:
            raise OSError("cannot seek")
        self._file.seek(self._data_pos + frame * self._framesize)
        self._soundpos = frame


def open(f, mode=None):
    """Open a .au file: mode "r"/"rb" gives an Au_read, "w"/"wb" an Au_write (mode
    defaults to the file object's own mode, else "rb")."""
    if mode is None:
        mode = getattr(f, "mode", "rb")
    if mode in ("r", "rb"):
        return Au_read(f)
    if mode in ("w", "wb"):
        return Au_write(f)
    raise Error("mode must be 'r', 'rb', 'w', or 'wb'")
