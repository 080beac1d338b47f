"""Shim case base64-encodestring: base64.encodestring() / decodestring() (removed in 3.9).

3.1-3.8 kept them as legacy aliases of encodebytes() / decodebytes(): every call warns
(DeprecationWarning, attributed to the caller), then behaves exactly like the new name,
including the 76-character line wrapping and the TypeError for str input.
"""
import base64
import os
import sys
import warnings


def here():
    """The caller's current line: the marker warning line numbers are measured against."""
    return sys._getframe(1).f_lineno


def report(label, caught, base):
    print(label, [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
                  for w in caught])


def attempt(function, *args):
    try:
        return repr(function(*args))
    except Exception as exc:
        return "%s: %s" % (type(exc).__name__, exc)


print("== encodestring")
for data in (b"", b"abc", b"hello world\n", bytes(range(256)), bytearray(b"x" * 57), bytearray(b"x" * 58),
             memoryview(b"pythonc"), "text", 5):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here(); result = attempt(base64.encodestring, data)
    report(result, caught, base)

print("== decodestring")
for data in (b"", b"YWJj\n", b"YWJj", b"aGVs\nbG8=\n", bytearray(b"eHh4"), b"!!YW!Jj", b"YWJ", "YWJj", None):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here(); result = attempt(base64.decodestring, data)
    report(result, caught, base)

print("== round trip, as Python 2 era code wrote it")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here()
    token = base64.encodestring(b"user:secret").replace(b"\n", b"")
    header = "Basic " + token.decode("ascii")
    back = base64.decodestring(token)
print(header, back)
report("warnings:", caught, base)
print("same as new names:", base64.encodestring(b"q" * 200) == base64.encodebytes(b"q" * 200))

print("== module")
print(callable(base64.encodestring), base64.encodestring.__name__, base64.decodestring.__name__)
print("in __all__:", "encodestring" in base64.__all__, "decodestring" in base64.__all__)
from base64 import encodestring, decodestring
print(decodestring(encodestring(b"from-import")))
