"""The `binhex` module, restored by pythonc for code written for Python 3.10 and older.

`binhex` (BinHex 4.0 coding of Macintosh files, data fork only) was deprecated in 3.9 and
removed in 3.11.  This file is a fresh implementation of its documented interface and of
the behaviour the 3.8 module showed from outside; it carries its own 6-bit and run-length
coders (the binascii hqx helpers are gone too) and uses only binascii.crc_hqx().  pythonc
serves it only where the running Python has no `binhex` of its own.
"""

__shim__ = {"id": "binhex-module", "removed_in": "3.11", "replacement": "base64 / binascii"}

import binascii, io, os, struct

__all__ = ["binhex", "hexbin", "Error"]


class Error(Exception):
    """A file that cannot be coded, or data that is not valid BinHex 4.0."""


LINELEN = 64
RUNCHAR = b"\x90"
REASONABLY_LARGE = 32768

_BANNER = b"(This file must be converted with BinHex 4.0)\r\r:"
_SYMBOLS = b"!\"#$%&'()*+,-012345689@ABCDEFGHIJKLMNPQRSTUVXYZ[`abcdefhijklmpqr"
_VALUE_OF = {ch: pos for pos, ch in enumerate(_SYMBOLS)}
_MARK = 0x90
_COPY_PIECE = 128000

# Stages a coder goes through: header done (data fork open), data fork done (resource fork open).
_IN_DATA, _IN_RSRC, _CLOSED = 0, 1, None


class FInfo:
    """Finder information: four-character type and creator codes and the flags word."""

    def __init__(self):
        self.Type = "????"
        self.Creator = "????"
        self.Flags = 0


def getfileinfo(name):
    """(name, FInfo, data size, resource size) for the file at path `name`."""
    info = FInfo()
    with io.open(name, "rb") as stream:
        head = stream.read(512)
        if b"\0" not in head:
            info.Type = "TEXT"
        size = stream.seek(0, 2)
    stored = os.path.split(name)[1].replace(":", "-")
    return stored, info, size, 0


class openrsrc:
    """Stand-in for a resource fork, which other systems do not have: always empty."""

    def __init__(self, *args): pass
    def read(self, *args): return b""
    def write(self, *args): return None
    def close(self): return None


# ---- run-length coding ------------------------------------------------------------------------

def _squeeze(chunk):
    """Run-length code `chunk` the BinHex way (0x90 marks a repeat count)."""
    packed = bytearray()
    size = len(chunk)
    pos = 0
    while pos < size:
        byte = chunk[pos]
        stop = pos + 1
        while stop < size and stop - pos < 255 and chunk[stop] == byte:
            stop += 1
        count = stop - pos
        if byte == _MARK:
            packed += b"\x90\x00" * count
        elif count >= 4:
            packed += bytes((byte, _MARK, count))
        else:
            packed += bytes((byte,)) * count
        pos = stop
    return bytes(packed)


class _Encoder:
    """Run-length codes, then 6-bit codes bytes into a stream with CR line breaks."""

    def __init__(self, stream):
        self._stream = stream
        self._held = b""          # tail of raw input whose run may go on
        self._packed = bytearray()  # run-length coded bytes not yet turned into symbols
        self._column = 1          # the ':' already written opens the first line

    def feed(self, data):
        held = self._held + bytes(data)
        cut = len(held)
        if cut:
            last = held[-1]
            while cut > 0 and held[cut - 1] == last:
                cut -= 1
        self._packed += _squeeze(held[:cut])
        self._held = held[cut:]
        whole = len(self._packed) - len(self._packed) % 3
        if whole >= 3 * 1024:
            self._emit(self._symbols(self._packed[:whole]))
            del self._packed[:whole]

    @staticmethod
    def _symbols(chunk):
        out = bytearray()
        for start in range(0, len(chunk), 3):
            group = chunk[start:start + 3]
            bits = len(group) * 8
            value = int.from_bytes(group, "big")
            pad = (-bits) % 6
            value <<= pad
            bits += pad
            while bits:
                bits -= 6
                out.append(_SYMBOLS[(value >> bits) & 0x3F])
        return out

    def _emit(self, text):
        lines = bytearray()
        for ch in text:
            if self._column == LINELEN:
                lines += b"\r"
                self._column = 0
            lines.append(ch)
            self._column += 1
        self._stream.write(bytes(lines))

    def finish(self):
        self._packed += _squeeze(self._held)
        self._held = b""
        self._emit(self._symbols(self._packed) + b":")
        self._stream.write(b"\r")
        self._stream.close()


def _unhex(text):
    """6-bit decode one piece of the coded text: (bytes, reached ':'), or None when the
    piece stops inside a group of four symbols (the caller then reads one more character)."""
    acc = nbits = 0
    out = bytearray()
    for ch in text:
        if ch == 0x3A:
            whole, spare = divmod(nbits, 8)
            out += (acc >> spare).to_bytes(whole, "big")
            return bytes(out), True
        if ch == 0x0D or ch == 0x0A:
            continue
        value = _VALUE_OF.get(ch)
        if value is None:
            raise binascii.Error("Illegal char")
        acc = (acc << 6) | value
        nbits += 6
        if nbits == 24:
            out += acc.to_bytes(3, "big")
            acc = nbits = 0
    return None if nbits else (bytes(out), False)


class _Decoder:
    """Reads the coded text after the opening ':' in pieces sized like 3.8's, 6-bit decodes
    it and undoes the run-length coding.  grab(n) makes one attempt and, as in 3.8, may
    return fewer than n bytes when escaped 0x90 bytes shrink a piece; take(n) insists."""

    def __init__(self, stream):
        self._stream = stream
        self._ended = False
        self._raw = bytearray()    # 6-bit decoded, still run-length coded
        self._ready = bytearray()  # fully decoded bytes
        self._last = None

    def _premature(self):
        return Error("Premature EOF on binhex file")

    def _unhex_at_least(self, n):
        got = bytearray()
        while len(got) < n and not self._ended:
            text = self._stream.read(((n - len(got) + 2) // 3) * 4)
            if not text:
                raise self._premature()
            decoded = _unhex(text)
            while decoded is None:
                extra = self._stream.read(1)
                if not extra:
                    raise self._premature()
                text += extra
                decoded = _unhex(text)
            chunk, self._ended = decoded
            got += chunk
        return got

    def _expand(self):
        # Undo the run-length coding of the decoded text, keeping back the last unit (a
        # byte, an escaped 0x90 or a repeat) until more text or the final ':' arrives.
        raw = self._raw
        units = []
        pos = 0
        while pos < len(raw):
            step = 2 if raw[pos] == _MARK else 1
            if pos + step > len(raw):
                break
            units.append((pos, step))
            pos += step
        if not self._ended and units:
            pos = units.pop()[0]
        for start, step in units:
            if step == 1:
                self._last = raw[start]
                self._ready.append(self._last)
            elif raw[start + 1] == 0:
                self._last = _MARK
                self._ready.append(_MARK)
            elif self._last is not None:
                self._ready += bytes((self._last,)) * (raw[start + 1] - 1)
        del raw[:pos]

    def _refill(self, short):
        self._raw += self._unhex_at_least(short + 4)
        self._expand()

    def grab(self, n):
        if n > len(self._ready):
            self._refill(n - len(self._ready))
        piece = bytes(self._ready[:n])
        del self._ready[:n]
        return piece

    def take(self, n):
        piece = b""
        while len(piece) < n:
            more = self.grab(n - len(piece))
            if not more:
                raise self._premature()
            piece += more
        return piece

    def close(self):
        self._stream.close()


# ---- writing ----------------------------------------------------------------------------------

class BinHex:
    """Writes one file in BinHex 4.0 form: header, data fork, resource fork, each with a CRC."""

    def __init__(self, name_finfo_dlen_rlen, ofp):
        name, finfo, dlen, rlen = name_finfo_dlen_rlen
        if isinstance(ofp, str):
            ofp = io.open(ofp, "wb")
        ofp.write(_BANNER)
        self.ofp = _Encoder(ofp)
        self.crc = 0
        if finfo is None:
            finfo = FInfo()
        self.dlen = dlen
        self.rlen = rlen
        self._put_header(name, finfo)
        self.state = _IN_DATA

    def _put_header(self, name, finfo):
        encoded = name.encode("latin-1")
        if len(encoded) > 63:
            raise Error("Filename too long")
        kind, creator = finfo.Type, finfo.Creator
        if isinstance(kind, str):
            kind = kind.encode("latin-1")
        if isinstance(creator, str):
            creator = creator.encode("latin-1")
        codes = kind + creator
        record = bytes((len(encoded),)) + encoded + b"\0" + codes
        record += struct.pack(">hii", finfo.Flags, self.dlen, self.rlen)
        self._out(record)
        self._put_crc()

    def _out(self, data):
        self.crc = binascii.crc_hqx(data, self.crc)
        self.ofp.feed(data)

    def _put_crc(self):
        self.ofp.feed(struct.pack(">H", self.crc))
        self.crc = 0

    def write(self, data):
        if self.state != _IN_DATA:
            raise Error("Writing data at the wrong time")
        self.dlen -= len(data)
        self._out(data)

    def close_data(self):
        if self.dlen != 0:
            # 3.8 reported the resource size here.
            raise Error("Incorrect data size, diff=%r" % (self.rlen,))
        self._put_crc()
        self.state = _IN_RSRC

    def write_rsrc(self, data):
        if self.state < _IN_RSRC:
            self.close_data()
        if self.state != _IN_RSRC:
            raise Error("Writing resource data at the wrong time")
        self.rlen -= len(data)
        self._out(data)

    def close(self):
        if self.state is not None:
            self._seal()

    def _seal(self):
        try:
            if self.state < _IN_RSRC:
                self.close_data()
            if self.state != _IN_RSRC:
                raise Error("Writing resource data at the wrong time")
            if self.rlen != 0:
                raise Error("Incorrect resource-datasize, diff=%r" % (self.rlen,))
            self._put_crc()
        finally:
            self.state, coder = None, self.ofp
            del self.ofp
            coder.finish()


def binhex(inp, out):
    """Code the file at path `inp` into BinHex 4.0 form, written to `out` (path or file)."""
    coder = BinHex(getfileinfo(inp), out)
    with io.open(inp, "rb") as source:
        for piece in iter(lambda: source.read(_COPY_PIECE), b""):
            coder.write(piece)
    coder.close_data()
    fork = openrsrc(inp, "rb")
    for piece in iter(lambda: fork.read(_COPY_PIECE), b""):
        coder.write_rsrc(piece)
    fork.close()
    coder.close()


# ---- reading ----------------------------------------------------------------------------------

class HexBin:
    """Reads one BinHex 4.0 file: FName, FInfo, dlen and rlen come from its header."""

    def __init__(self, ifp):
        if isinstance(ifp, str):
            ifp = io.open(ifp, "rb")
        while True:
            ch = ifp.read(1)
            if not ch:
                raise Error("No binhex data found")
            if ch == b":":
                break
        self.ifp = _Decoder(ifp)
        self.crc = 0
        self._get_header()

    def _in(self, n, insist=False):
        data = self.ifp.take(n) if insist else self.ifp.grab(n)
        self.crc = binascii.crc_hqx(data, self.crc)
        return data

    def _verify(self):
        expected = self.crc & 0xFFFF
        (found,) = struct.unpack(">H", self.ifp.grab(2))
        self.crc = 0
        if found != expected:
            raise Error("CRC error, computed %x, read %x" % (expected, found))

    def _get_header(self):
        size = self._in(1)[0]
        name = self._in(size)
        fields = self._in(19)
        self._verify()
        kind, creator, flags, self.dlen, self.rlen = struct.unpack(">x4s4shii", fields)
        info = FInfo()
        info.Type, info.Creator, info.Flags = kind, creator, flags
        self.FName, self.FInfo = name, info
        self.state = _IN_DATA

    def read(self, *size):
        if self.state != _IN_DATA:
            raise Error("Read data at wrong time")
        count = self.dlen if not size else min(size[0], self.dlen)
        data = self._in(count, insist=True)
        self.dlen -= count
        return data

    def close_data(self):
        if self.state != _IN_DATA:
            raise Error("close_data at wrong time")
        if self.dlen:
            self._in(self.dlen)
        self._verify()
        self.state = _IN_RSRC

    def read_rsrc(self, *size):
        if self.state == _IN_DATA:
            self.close_data()
        if self.state != _IN_RSRC:
            raise Error("Read resource data at wrong time")
        count = self.rlen if not size else min(size[0], self.rlen)
        self.rlen -= count
        return self._in(count)

    def close(self):
        if self.state is not None:
            self._wind_up()

    def _wind_up(self):
        try:
            # Like 3.8: unread data is skipped only on the way to a resource fork.
            if self.rlen:
                self.read_rsrc(self.rlen)
            self._verify()
        finally:
            self.state = _CLOSED
            self.ifp.close()


def hexbin(inp, out):
    """Decode the BinHex 4.0 file `inp` (path or file) into the file `out` (the name stored
    in it when `out` is None or empty)."""
    source = HexBin(inp)
    if not out:
        out = source.FName
    with io.open(out, "wb") as target:
        for piece in iter(lambda: source.read(_COPY_PIECE), b""):
            target.write(piece)
    source.close_data()
    fork = source.read_rsrc(_COPY_PIECE)
    if fork:
        sink = openrsrc(out, "wb")
        sink.write(fork)
        while True:
            fork = source.read_rsrc(_COPY_PIECE)
            if not fork:
                break
            sink.write(fork)
        sink.close()
    source.close()
