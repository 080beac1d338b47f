"""Shim case plistlib-legacy-api: readPlist, writePlist, readPlistFromBytes, writePlistToBytes,
plistlib.Data and load(s)(use_builtin_types=) (removed in 3.9).

3.4-3.8 warned at every call of the four functions (DeprecationWarning, attributed to the
caller); Data and use_builtin_types did not warn, so no warnings are printed for those.  The old
readers give Data objects for <data>; the writers accept Data and write it exactly as bytes.
"""
import io
import os
import shutil
import sys
import tempfile
import warnings

import plistlib


def here():
    """The caller's current line: the marker warning line numbers are measured against."""
    return sys._getframe(1).f_lineno


def report(label, caught, base):
    print(label, [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
                  for w in caught])


def attempt(function, *args, **kwargs):
    try:
        return repr(function(*args, **kwargs))
    except Exception as exc:
        return "%s: %s" % (type(exc).__name__, exc)


TMP = tempfile.mkdtemp()
VALUE = {"name": "app", "version": 3, "ratio": 0.5, "on": True, "items": [1, "two", (3, 4)],
         "nested": {"blob": b"\x00\x01binary", "empty": b""}}

print("== writePlistToBytes / readPlistFromBytes")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); xml = plistlib.writePlistToBytes(VALUE)
report("written", caught, base)
print(xml.decode("utf-8"))
print("same as dumps:", xml == plistlib.dumps(VALUE))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); back = plistlib.readPlistFromBytes(xml)
report("read", caught, base)
print(sorted(back.items()))
print(type(back).__name__, type(back["nested"]["blob"]).__name__, back["nested"]["blob"] == b"\x00\x01binary")
binary = plistlib.dumps(VALUE, fmt=plistlib.FMT_BINARY)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); back = plistlib.readPlistFromBytes(binary)
report("read binary", caught, base)
print(sorted(back.items()))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); result = attempt(plistlib.writePlistToBytes, {1: "int key"})
report(result, caught, base)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); result = attempt(plistlib.readPlistFromBytes, b"not a plist")
report(result, caught, base)

print("== writePlist / readPlist with paths and files")
path = os.path.join(TMP, "Info.plist")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); plistlib.writePlist(VALUE, path)
report("writePlist(path)", caught, base)
with open(path, "rb") as fh:
    print("file same as dumps:", fh.read() == plistlib.dumps(VALUE))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); loaded = plistlib.readPlist(path)
report("readPlist(path)", caught, base)
print(sorted(loaded.items()))
stream = io.BytesIO()
with warnings.catch_warnings(record=True):
    warnings.simplefilter("always")
    listing = ["a", plistlib.Data(b"zz")]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); result = plistlib.writePlist(listing, stream)
report("writePlist(file) -> %r" % (result,), caught, base)
print(stream.getvalue().decode("utf-8"))
stream.seek(0)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); loaded = plistlib.readPlist(stream)
report("readPlist(file) -> %r" % (loaded,), caught, base)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); result = attempt(plistlib.readPlist, io.BytesIO(binary))
report("readPlist(binary file) ok: %s" % result.startswith("{"), caught, base)

print("== Data")
with warnings.catch_warnings(record=True):
    warnings.simplefilter("always")
    Data = plistlib.Data
d = Data(b"ab")
print(repr(d), d.data, d == Data(b"ab"), d == b"ab", d != Data(b"ac"), d == bytearray(b"ab"), d == "ab", d == 5)
print(attempt(Data, "text"), attempt(Data, bytearray(b"x")), attempt(Data, None))
print(Data.fromBase64("YWI="), Data.fromBase64(b"YWJj\n"), d.asBase64())
print(Data(b"a" * 60).asBase64(30), Data(b"").asBase64(), Data(b"q" * 100).asBase64())
print(attempt(d.asBase64, 2))
print(Data.__hash__ is None, Data.__name__, Data.__module__)


class Payload(Data):
    pass


p = Payload(b"ab")
print(repr(p), p == d, d == p, repr(Payload.fromBase64("eHk=")))
print(plistlib.dumps(d).decode("utf-8"))
print(plistlib.dumps({"k": [d, p]}, fmt=plistlib.FMT_BINARY) == plistlib.dumps({"k": [b"ab", b"ab"]}, fmt=plistlib.FMT_BINARY))
print(plistlib.dumps(Data(b"x" * 100)).decode("utf-8"))

print("== use_builtin_types")
for fmt in (plistlib.FMT_XML, plistlib.FMT_BINARY):
    raw = plistlib.dumps({"k": b"v", "l": [b"w", {"m": b""}], "n": 1}, fmt=fmt)
    print(plistlib.loads(raw, use_builtin_types=False), plistlib.loads(raw, use_builtin_types=True))
    print(plistlib.load(io.BytesIO(raw), use_builtin_types=False), plistlib.load(io.BytesIO(raw), use_builtin_types=True))
    print(plistlib.loads(raw, fmt=fmt, use_builtin_types=False, dict_type=dict))

shutil.rmtree(TMP)
