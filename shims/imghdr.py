"""The `imghdr` module, restored by pythonc for code written for Python 3.12 and older.

`imghdr` was deprecated in 3.11 and removed in 3.13 (PEP 594).  This file is a fresh
implementation of its documented interface (what(), the `tests` list of recognisers and the
command-line helpers), written from the library reference and from the observed behaviour of
Python 3.8: the same image kinds, recognised from the same first 32 bytes, in the same order.
pythonc serves it only where the running Python has no `imghdr` of its own; importing it emits
one `_compat.CompatDeprecationWarning` attributed to the importing line.
"""

__shim__ = {"id": "pep594-imghdr", "removed_in": "3.13",
            "replacement": "the filetype or puremagic packages, or Pillow's Image.open().format"}

from os import PathLike

__all__ = ["what"]

_HEADER_SIZE = 32


def what(file, h=None):
    """The kind of image in `file` (a path, or a binary file object whose position is kept),
    or in the bytes `h` when given: 'jpeg', 'png', 'gif', 'tiff', 'rgb', 'pbm', 'pgm', 'ppm',
    'rast', 'xbm', 'bmp', 'webp', 'exr', or None when it is none of these."""
    opened = None
    try:
        if h is None:
            if isinstance(file, (str, PathLike)):
                opened = open(file, "rb")
                h = opened.read(_HEADER_SIZE)
            else:
                position = file.tell()
                h = file.read(_HEADER_SIZE)
                file.seek(position)
        for recogniser in tests:
            kind = recogniser(h, opened)
            if kind:
                return kind
        return None
    finally:
        if opened is not None:
            opened.close()


# ---- the recognisers: each takes (header bytes, open file or None) ----------------------------
# Applications may append their own to `tests`.

def test_jpeg(h, f):
    """JPEG data in JFIF or Exif format."""
    if h[6:10] in (b"JFIF", b"Exif"):
        return "jpeg"


def test_png(h, f):
    """Portable Network Graphics."""
    if h.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"


def test_gif(h, f):
    """GIF 87a or 89a."""
    if h[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"


def test_tiff(h, f):
    """TIFF, either byte order."""
    if h[:2] in (b"MM", b"II"):
        return "tiff"


def test_rgb(h, f):
    """SGI image library files."""
    if h.startswith(b"\x01\xda"):
        return "rgb"


def _netpbm(h, digits):
    return (len(h) >= 3 and h[0] == ord("P") and h[1] in digits
            and h[2] in b" \t\n\r")


def test_pbm(h, f):
    """Portable bitmap (P1 or P4)."""
    if _netpbm(h, b"14"):
        return "pbm"


def test_pgm(h, f):
    """Portable graymap (P2 or P5)."""
    if _netpbm(h, b"25"):
        return "pgm"


def test_ppm(h, f):
    """Portable pixmap (P3 or P6)."""
    if _netpbm(h, b"36"):
        return "ppm"


def test_rast(h, f):
    """Sun raster file."""
    if h.startswith(b"\x59\xa6\x6a\x95"):
        return "rast"


def test_xbm(h, f):
    """X bitmap (X10 or X11)."""
    if h.startswith(b"#define "):
        return "xbm"


def test_bmp(h, f):
    """Windows or OS/2 bitmap."""
    if h.startswith(b"BM"):
        return "bmp"


def test_webp(h, f):
    """WebP."""
    if h.startswith(b"RIFF") and h[8:12] == b"WEBP":
        return "webp"


def test_exr(h, f):
    """OpenEXR."""
    if h.startswith(b"\x76\x2f\x31\x01"):
        return "exr"


tests = [test_jpeg, test_png, test_gif, test_tiff, test_rgb, test_pbm, test_pgm, test_ppm,
         test_rast, test_xbm, test_bmp, test_webp, test_exr]


# ---- command line: python -m imghdr [-r] [file-or-directory ...] ----------------------------

def test():
    """Print the image kind of each file named on the command line (default: the current
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
