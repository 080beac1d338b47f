"""The `chunk` module, restored by pythonc for code written for Python 3.12 and older.

`chunk` reads EA IFF 85 chunks (the structure of AIFF, RMFF and, little-endian, RIFF/WAVE
files: a 4-byte ID, a 4-byte size, the data and a pad byte to an even length).  It was
deprecated in 3.11 and removed in 3.13 (PEP 594).  This file is a fresh implementation of its
documented interface.  pythonc serves it only where the running Python has no `chunk` of its
own; importing it emits one `_compat.CompatDeprecationWarning` attributed to the importing
line.
"""

__shim__ = {"id": "pep594-chunk", "removed_in": "3.13",
            "replacement": "struct, or PyPI standard-chunk"}


class Chunk:
    """One chunk of an IFF-style file, read like a file limited to the chunk's data.

    Chunk(file, align=True, bigendian=True, inclheader=False): `file` is positioned at the
    chunk's ID; EOFError when not even a header is left.  `align`: chunks are padded to an
    even size; `bigendian`: byte order of the size; `inclheader`: the size counts the 8 header
    bytes.  The attributes (chunkname, chunksize, size_read, offset, seekable, closed) are
    those the old module had."""

    def __init__(self, file, align=True, bigendian=True, inclheader=False):
        self.closed, self.align, self.file = False, align, file
        # ID and size are two separate reads, as a short read from a pipe must not mix them.
        ident = file.read(4)
        self.chunkname = ident
        raw = file.read(4) if len(ident) == 4 else b""
        if len(raw) != 4:
            raise EOFError
        self.chunksize = int.from_bytes(raw, "big" if bigendian else "little") \
            - (8 if inclheader else 0)
        self.size_read = 0
        self.seekable = self._mark(file)

    def close(self):
        """Skip to the end of the chunk (the file itself stays open)."""
        if not self.closed:
            try:
                self.skip()
            finally:
                self.closed = True

    def getname(self):
        """The chunk's 4-byte ID."""
        return self.chunkname

    def getsize(self):
        """The size of the chunk's data."""
        return self.chunksize

    def isatty(self):
        self._live()
        return False

    def read(self, size=-1):
        """At most `size` bytes of the chunk's data (all that is left when negative); b""
        at its end."""
        self._live()
        remaining = self.chunksize - self.size_read
        if remaining <= 0:
            return b""
        got = self.file.read(size if 0 <= size <= remaining else remaining)
        self.size_read += len(got)
        if self.size_read == self.chunksize and self._pad():
            self.size_read += len(self.file.read(1))
        return got

    def seek(self, pos, whence=0):
        """Move within the chunk (whence 0, 1 or 2 as for files).  OSError when the file
        cannot seek; RuntimeError outside the chunk."""
        self._live()
        if not self.seekable:
            raise OSError("cannot seek")
        base = self.size_read if whence == 1 else self.chunksize if whence == 2 else 0
        where = base + pos
        if where < 0 or where > self.chunksize:
            raise RuntimeError
        self.file.seek(self.offset + where, 0)
        self.size_read = where

    def skip(self):
        """Go to the end of the chunk (past its pad byte), ready for the next one."""
        self._live()
        if self.seekable and self._hop():
            return
        # Not seekable (or a pipe that claims to be): read through what is left.
        while self.chunksize > self.size_read:
            if not self.read(min(self.chunksize - self.size_read, 8192)):
                raise EOFError

    def tell(self):
        """The position within the chunk."""
        self._live()
        return self.size_read

    def _hop(self):
        """Seek past the rest of the chunk; False when the file refuses to seek."""
        n = self.chunksize - self.size_read + self._pad()
        try:
            self.file.seek(n, 1)
        except OSError:
            return False
        self.size_read += n
        return True

    def _live(self):
        """Raise ValueError, as a closed file does, once the chunk is closed."""
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _mark(self, file):
        """Record where the data starts; False for a stream without a usable tell()."""
        try:
            self.offset = file.tell()
        except (OSError, AttributeError):
            return False
        return True

    def _pad(self):
        """1 when an odd-sized chunk is followed by a pad byte, else 0."""
        return 1 if self.align and self.chunksize & 1 else 0

