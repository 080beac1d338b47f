"""Shim case open-u-mode: the "U" (universal newlines) mode flag (removed in 3.11).

Facts from the real interpreters (3.7-3.10 agree; 3.6 differs only by a typo in one message):
- open()/io.open() accepted "U" together with an optional "r" and an optional "b" or "t", in any
  order, each character at most once: U rU Ur Ub bU Ut tU rUb rbU Urb Ubr bUr brU rUt rtU Urt Utr
  tUr trU.  Each such call emitted one DeprecationWarning attributed to the caller.
- "U" with any of "w", "a", "x", "+" was a ValueError ("mode U cannot be combined with 'x', 'w',
  'a', or '+'"); "t" with "b" was the text/binary ValueError (checked first); a repeated
  character was "invalid mode: ...".
- "U" changed nothing else: text mode already reads with universal newlines; `newline=` still
  applies; in binary mode the bytes are untouched.  The file's .mode is the string passed
  (text) or "rb" (binary).
- codecs.open(f, mode, encoding=E) appends "b", so "rU" becomes binary "rUb" and newlines are
  NOT translated; without an encoding it is plain open().
- fileinput accepted only "r", "rU", "U", "rb"; "rU"/"U" warned once in FileInput.__init__
  and again from the open() it does internally.
Warnings raised inside pathlib/codecs/fileinput were attributed to those modules' own lines, so
for them only the count and category are printed.
"""
import codecs
import fileinput
import io
import os
import pathlib
import shutil
import sys
import tempfile
import warnings

TMP = tempfile.mkdtemp()
DATA = os.path.join(TMP, "data.txt")
with open(DATA, "wb") as fh:
    fh.write(b"one\r\ntwo\rthree\nfour")


def here():
    """The caller's current line: the marker warning line numbers are measured against."""
    return sys._getframe(1).f_lineno


def where(caught, base):
    """Category and attribution of each warning, for calls made directly from this file."""
    return [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
            for w in caught]


def kinds(caught):
    """Category only, for warnings raised from inside other standard-library modules.
    codecs.open() itself is deprecated from 3.14, which has nothing to do with "U"."""
    return [issubclass(w.category, DeprecationWarning) for w in caught
            if not str(w.message).startswith("codecs.open() is deprecated")]


def show_error(exc):
    return "%s: %s" % (type(exc).__name__, exc)


print("io.open is open:", io.open is open)

print("== open() with accepted modes")
ACCEPTED = ["U", "rU", "Ur", "Ub", "bU", "Ut", "tU", "rUb", "rbU", "Urb", "Ubr", "bUr", "brU",
            "rUt", "rtU", "Urt", "Utr", "tUr", "trU"]
for mode in ACCEPTED:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here(); fh = open(DATA, mode)
    with fh:
        before = fh.newlines if not isinstance(fh, io.BufferedIOBase) else "n/a"
        content = fh.read()
        after = fh.newlines if not isinstance(fh, io.BufferedIOBase) else "n/a"
        print(repr(mode), "->", fh.mode, type(fh).__name__, repr(content), before, after,
              where(caught, base))

print("== open() keyword mode and other arguments")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); fh = open(DATA, mode="rU", encoding="utf-8")
with fh:
    print(fh.mode, fh.encoding, repr(fh.read()), where(caught, base))
for newline in (None, "", "\n", "\r", "\r\n"):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here(); fh = open(DATA, "rU", newline=newline)
    with fh:
        print("newline=%r" % (newline,), repr(fh.readlines()), where(caught, base))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); fh = open(DATA, "rU", buffering=1)
with fh:
    print("iteration:", [line for line in fh], where(caught, base))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        base = here(); open(DATA, "rUb", newline="")
    except ValueError as exc:
        print("rUb newline='':", show_error(exc), where(caught, base))
fd = os.open(DATA, os.O_RDONLY)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); fh = open(fd, "rU")
with fh:
    print("open(fd):", fh.mode, repr(fh.read()), where(caught, base))

print("== io.open")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); fh = io.open(DATA, "rU")
with fh:
    print("io.open rU:", fh.mode, repr(fh.read()), where(caught, base))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); fh = io.open(DATA, "Ub")
with fh:
    print("io.open Ub:", fh.mode, repr(fh.read()), where(caught, base))

print("== os.fdopen")
fd = os.open(DATA, os.O_RDONLY)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    fh = os.fdopen(fd, "rU")
with fh:
    print("os.fdopen rU:", fh.mode, repr(fh.read()), kinds(caught))

print("== rejected modes")
REJECTED = ["wU", "Uw", "aU", "xU", "rU+", "U+", "Ur+", "r+U", "wbU", "rwU", "Ua+",
            "rUbt", "tbU", "UU", "rUU", "rrU", "Uz", "rUz", "U "]
for mode in REJECTED:
    target = os.path.join(TMP, "never-created.txt")
    results = []
    for opener in (open, io.open):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                opener(target, mode).close()
                results.append("accepted?!")
            except ValueError as exc:
                results.append(show_error(exc))
        results.append(len(caught))
    print(repr(mode), results[0], results[1], "io.open same:", results[2:] == results[:2])
print("created:", os.path.exists(os.path.join(TMP, "never-created.txt")))

print("== pathlib.Path.open")
path = pathlib.Path(DATA)
for mode in ("rU", "U", "Ur", "rUb"):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fh = path.open(mode)
    with fh:
        print("Path.open", repr(mode), fh.mode, repr(fh.read()), kinds(caught))
for mode in ("wU", "rU+"):
    try:
        pathlib.Path(TMP, "never-created.txt").open(mode)
    except ValueError as exc:
        print("Path.open", repr(mode), show_error(exc))

print("== codecs.open")
for mode in ("rU", "U", "Ur", "rUb"):
    for encoding in (None, "utf-8"):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            fh = codecs.open(DATA, mode, encoding=encoding)
        with fh:
            print("codecs.open", repr(mode), encoding, repr(fh.read()), kinds(caught))
for mode in ("wU", "aU"):
    for encoding in (None, "utf-8"):
        try:
            codecs.open(os.path.join(TMP, "never-created.txt"), mode, encoding=encoding)
        except ValueError as exc:
            print("codecs.open", repr(mode), encoding, show_error(exc))

print("== fileinput")
for mode in ("rU", "U"):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with fileinput.input([DATA], mode=mode) as lines:
            print("fileinput.input", repr(mode), list(lines), kinds(caught))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here(); fi = fileinput.FileInput([DATA], mode=mode)
        with fi:
            content = list(fi)
    # The first warning comes from FileInput() itself, attributed to this file; the second from
    # the open() that fileinput makes, attributed to fileinput.
    print("FileInput", repr(mode), content, len(caught), where(caught[:1], base), kinds(caught[1:]))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    fi = fileinput.FileInput(files=(DATA,), inplace=False, mode="rU")
    with fi:
        print("FileInput keywords", [(fi.lineno(), line) for line in fi], kinds(caught))
for mode in ("r", "rb"):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with fileinput.input([DATA], mode=mode) as lines:
            print("fileinput.input", repr(mode), list(lines), kinds(caught))
# Modes fileinput never took: only the exception type is compared (fileinput's own message
# changed in 3.11 for reasons unrelated to "U").
for mode in ("Ur", "rUb", "Ub", "wU", "w"):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            fileinput.FileInput([DATA], mode=mode)
            print("FileInput", repr(mode), "accepted?!")
        except ValueError as exc:
            print("FileInput", repr(mode), type(exc).__name__, len(caught))

shutil.rmtree(TMP)
