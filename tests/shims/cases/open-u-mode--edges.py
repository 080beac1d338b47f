"""Shim case open-u-mode, edges: what open() checked before "U", the wrapper's identity, and
the fileinput paths that open files with the mode given (openhooks, inplace, subclasses).

Facts from the real interpreters (3.8-3.10 agree):
- The argument types and the file argument were checked before the mode: open(None, "wU") was
  the TypeError about the path, with no warning; a float file passed that check (it is a
  number), so open(2.5, "rU") warned and then failed on the descriptor.
- A mode with an unknown or repeated character was "invalid mode: '<mode>'" (quoted with '...'
  even when the mode contains a quote), before any warning.
- open stayed a built-in: storing it on a class did not turn it into a method.
- fileinput handed "rU" on to an openhook and to the open() of inplace editing (which wrote
  with "w"); the openhook-with-inplace ValueError came after the warning.
"""
import codecs
import copy
import fileinput
import inspect
import io
import os
import pathlib
import pickle
import shutil
import sys
import tempfile
import warnings

TMP = tempfile.mkdtemp()
DATA = os.path.join(TMP, "data.txt")
with open(DATA, "wb") as fh:
    fh.write(b"one\r\ntwo\rthree\nfour")


def here():
    return sys._getframe(1).f_lineno


def where(caught, base):
    return [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
            for w in caught]


def kinds(caught):
    # codecs.open() itself is deprecated from 3.14, which has nothing to do with "U".
    return [issubclass(w.category, DeprecationWarning) for w in caught
            if not str(w.message).startswith("codecs.open() is deprecated")]


def attempt(call, message=True):
    """(result text, warning kinds) of call(), closing what it opened. message=False prints
    only the exception type, where the text changed between versions for reasons unrelated
    to "U"."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            fh = call()
            try:
                text = "%s %s %r" % (type(fh).__name__, fh.mode, fh.read())
            finally:
                fh.close()
        except Exception as exc:
            text = "%s: %s" % (type(exc).__name__, exc) if message else type(exc).__name__
    return text, kinds(caught)


print("== checks made before the mode")
for label, call in [
    ("None wU", lambda: open(None, "wU")),
    ("None rU", lambda: open(None, "rU")),
    ("None Uz", lambda: open(None, "Uz")),
    ("list rU", lambda: open([], "rU")),

    ("encoding=1 rU", lambda: open(DATA, "rU", encoding=1)),
    ("nul in path wU", lambda: open(os.path.join(TMP, "a\0b"), "wU")),
    ("nul in path rU", lambda: open(os.path.join(TMP, "a\0b"), "rU")),

    ("missing file wU", lambda: open(os.path.join(TMP, "missing"), "wU")),
    ("mode nul", lambda: open(DATA, "rU\0")),
    ("mode quote", lambda: open(DATA, "U'")),
    ("mode non-ascii", lambda: open(DATA, "rU\u00e9")),
    ("mode lower u", lambda: open(DATA, "ru")),
    ("mode bytes", lambda: open(DATA, b"rU")),
    ("mode int", lambda: open(DATA, 5)),
    ("mode twice", lambda: open(DATA, "rU", mode="rU")),
    ("no file", lambda: open(mode="rU")),
    ("rUb encoding", lambda: open(DATA, "rUb", encoding="utf-8")),
    ("rUb errors", lambda: open(DATA, "rUb", errors="strict")),
    ("Ut unbuffered", lambda: open(DATA, "Ut", buffering=0)),
    ("Ub unbuffered", lambda: open(DATA, "Ub", buffering=0)),
    ("rUbt", lambda: open(DATA, "rUbt")),
    ("bad newline", lambda: open(DATA, "rU", newline="x")),
]:
    print(label, "->", *attempt(call))
for label, call in [
    ("float rU", lambda: open(2.5, "rU")),
    ("buffering='x' rU", lambda: open(DATA, "rU", buffering="x")),
    ("buffering='x' wU", lambda: open(DATA, "wU", buffering="x")),
    ("missing file rU", lambda: open(os.path.join(TMP, "missing"), "rU")),
    ("unknown keyword", lambda: open(DATA, "rU", foo=1)),
]:
    print(label, "->", *attempt(call, message=False))
print("line buffering in binary:", *attempt(lambda: open(DATA, "rUb", buffering=1)))

print("== file kinds and other arguments")
fd = os.open(DATA, os.O_RDONLY)
print("fd closefd=False:", *attempt(lambda: open(fd, "rU", closefd=False)))
print("fd still open:", os.read(fd, 3))
os.close(fd)
print("path-like:", *attempt(lambda: open(pathlib.Path(DATA), "Ur")))
print("bytes path:", *attempt(lambda: open(os.fsencode(DATA), "rU")))
openers = []


def opener(path, flags):
    openers.append(flags & (os.O_WRONLY | os.O_RDWR))
    return os.open(path, flags)


print("opener:", *attempt(lambda: open(DATA, "rU", opener=opener)), openers)
print("all keywords:", *attempt(lambda: open(file=DATA, mode="U", buffering=-1, encoding="latin-1",
                                             errors="strict", newline=None, closefd=True, opener=None)))
print("positional:", *attempt(lambda: open(DATA, "tU", -1, "ascii", "strict", "", True, None)))
print("str subclass mode:", *attempt(lambda: open(DATA, type("Mode", (str,), {})("rU"))))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    fh = open(DATA, "rU", encoding="utf-8")
with fh:
    print("layers:", type(fh.buffer).__name__, fh.buffer.mode, type(fh.buffer.raw).__name__,
          fh.buffer.raw.mode, fh.encoding, fh.line_buffering, kinds(caught))
print("os.fdopen rUb:", *attempt(lambda: os.fdopen(os.open(DATA, os.O_RDONLY), "rUb")))
print("os.fdopen wU:", *attempt(lambda: os.fdopen(os.open(DATA, os.O_RDONLY), "wU")))
print("Path.open Ub:", *attempt(lambda: pathlib.Path(DATA).open("Ub")))
print("Path.read_text:", repr(pathlib.Path(DATA).read_text()))
print("codecs.open U buffering:", *attempt(lambda: codecs.open(DATA, "U", encoding="ascii", buffering=1)))
print("codecs.open rbU:", *attempt(lambda: codecs.open(DATA, "rbU", encoding="ascii")))

print("== warnings as errors")
with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        open(DATA, "rU").close()
        print("no error")
    except DeprecationWarning as exc:
        print("raised", issubclass(type(exc), DeprecationWarning))
    print("plain r still works:", *attempt(lambda: open(DATA, "r")))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for _ in range(3):
        base = here(); open(DATA, "rU").close()
print("default filter, same line three times:", where(caught, base))

print("== open itself")
print("io.open is open:", io.open is open, "builtins:", __builtins__.open is open
      if hasattr(__builtins__, "open") else __builtins__["open"] is open)
print("_io.open is open:", sys.modules["_io"].open is open)
# (open.__module__ is "io" up to 3.11 and "_io" from 3.12: not printed.)
print(open.__name__, open.__qualname__, bool(open.__doc__))
print("signature:", inspect.signature(open))
print("pickle:", pickle.loads(pickle.dumps(open)) is open, "copy:", copy.copy(open) is open,
      copy.deepcopy(open) is open)


class Holder:
    opener = open
    io_opener = io.open


print("stored on a class:", *attempt(lambda: Holder().opener(DATA, "rU")))
print("io.open on a class:", *attempt(lambda: Holder().io_opener(DATA, "rUb")))

print("== fileinput")
hooked = []


def hook(filename, mode):
    hooked.append(mode)
    return open(filename, mode)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with fileinput.input([DATA], mode="rU", openhook=hook) as lines:
        print("openhook:", list(lines), hooked, kinds(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with fileinput.input([DATA], mode="U", openhook=fileinput.hook_encoded("utf-8")) as lines:
        print("hook_encoded:", list(lines), kinds(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with fileinput.FileInput(pathlib.Path(DATA), mode="rU") as lines:
        print("path-like files:", list(lines), kinds(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        base = here(); fileinput.FileInput([DATA], inplace=True, mode="rU", openhook=hook)
    except ValueError as exc:
        print("openhook with inplace:", exc, where(caught, base))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        base = here(); fileinput.FileInput([DATA], mode="rU", openhook="not callable")
    except ValueError as exc:
        print("openhook not callable:", exc, where(caught, base))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        base = here(); fileinput.FileInput(42, mode="rU")
    except TypeError as exc:
        print("files not iterable:", exc, where(caught, base))
EDIT = os.path.join(TMP, "edit.txt")
shutil.copy(DATA, EDIT)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with fileinput.input([EDIT], inplace=True, mode="rU") as lines:
        for line in lines:
            sys.stdout.write(line.upper())
with open(EDIT, "rb") as fh:
    print("inplace:", fh.read(), kinds(caught))


class Numbered(fileinput.FileInput):
    def __init__(self, files):
        base = here(); super().__init__(files, mode="rU")
        self.base = base


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    numbered = Numbered([DATA])
    with numbered:
        print("subclass:", list(numbered), where(caught[:1], numbered.base), kinds(caught[1:]))
try:
    fileinput.FileInput([DATA], mode="w")
except ValueError as exc:
    print("FileInput w:", exc)
print("FileInput parameters:", list(inspect.signature(fileinput.FileInput).parameters)[:5])

shutil.rmtree(TMP)
