"""Shim case gzip-gzipfile-filename: GzipFile.filename (removed in 3.12).

Up to 3.11 GzipFile.filename was a read-only property: each read warns (DeprecationWarning,
attributed to the reader) and gives GzipFile.name (the path given, or the name of the file
object, or ""), with ".gz" added for a file opened for writing whose name does not end
with it. File paths are printed relative to a temporary directory.
"""
import gzip
import io
import os
import sys
import tempfile
import warnings


def here():
    return sys._getframe(1).f_lineno


def deprecations(caught):
    # (3.14 adds a ResourceWarning for a GzipFile left open, unrelated to this shim.)
    return [w for w in caught if not issubclass(w.category, ResourceWarning)]


def where(caught, base):
    return [(issubclass(w.category, DeprecationWarning), w.lineno - base)
            for w in deprecations(caught)]


directory = tempfile.mkdtemp()
path = os.path.join(directory, "data.gz")
print(isinstance(vars(gzip.GzipFile).get("filename"), property))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here()
    with gzip.open(path, "wb") as out:
        print(os.path.relpath(out.filename, directory), out.filename == out.name)
        out.write(b"payload")
    with gzip.GzipFile(path) as inp:
        print(os.path.relpath(inp.filename, directory), inp.read())
    print(repr(gzip.GzipFile(fileobj=io.BytesIO(), mode="wb").filename))
    with open(path, "rb") as raw:
        print(os.path.relpath(gzip.GzipFile(fileobj=raw).filename, directory))
    named = io.BytesIO(gzip.compress(b"x"))
    named.name = "named.gz"
    print(gzip.GzipFile(fileobj=named).filename)
    for mode in ("wb", "rb"):
        for name in ("x.txt", "y.gz", "", "dir/z.GZ"):
            stream = io.BytesIO(gzip.compress(b"x"))
            stream.name = name
            opened = gzip.GzipFile(fileobj=stream, mode=mode)
            print(mode, repr(name), repr(opened.filename), repr(opened.name))
    renamed = gzip.GzipFile(fileobj=io.BytesIO(), mode="wb")
    renamed.name = "q"
    print(renamed.filename)
    with gzip.open(os.fsencode(path), "wb") as out:
        try:
            print(os.path.basename(out.filename))
        except TypeError as exc:
            print("TypeError:", exc)
print(where(caught, base)[:6], len(deprecations(caught)))
try:
    gzip.GzipFile(fileobj=io.BytesIO(), mode="wb").filename = "other"
    print("set")
except AttributeError:
    print("AttributeError")
os.remove(path)
os.rmdir(directory)
