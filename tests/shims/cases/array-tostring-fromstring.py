"""Shim case array-tostring-fromstring: array.tostring() / array.fromstring() (removed in 3.9).

3.2-3.8 kept them as deprecated names of tobytes() / frombytes(): each call warns
(DeprecationWarning), attributed not to the line calling the method but to its caller's caller
(here the line calling attempt()).  fromstring() also takes a str (appending its
UTF-8 bytes); a non-buffer argument fails before the warning.  Arrays made in every way have
them (literal, slicing, copy, pickle, subclasses).
"""
import array
import copy
import os
import pickle
import sys
import warnings


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


print("== tostring")
for a in (array.array("B", [1, 2, 255]), array.array("h", [-2, 3]), array.array("d"), array.array("u", "hé")):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here(); result = attempt(a.tostring)
    report("%s %s" % (a.typecode, result if a.typecode != "d" else result), caught, base)

print("== fromstring")
for typecode, data in (("B", b"\x01\x02"), ("B", bytearray(b"\x03")), ("B", memoryview(b"\x04\x05")), ("B", "é"),
                       ("h", b"\x01\x00\x02\x00"), ("h", b"\x01"), ("b", ""), ("B", 5), ("B", None), ("B", "\ud800"),
                       ("B", array.array("B", [9]))):
    a = array.array(typecode)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here(); result = attempt(a.fromstring, data)
    report("%s %s -> %s %r" % (typecode, type(data).__name__, result, a.tolist()), caught, base)

print("== argument checks")
a = array.array("B", [1])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(attempt(a.fromstring))
    print(attempt(a.fromstring, b"1", b"2"))
    print(attempt(a.tostring, 1))
    print(attempt(a.fromstring, a))
print("warned:", len(caught))

print("== arrays made in other ways")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    src = array.array("i", range(4))
    print(src[1:3].tostring() == src[1:3].tobytes(), copy.copy(src).tostring() == src.tobytes(),
          pickle.loads(pickle.dumps(src)).tostring() == src.tobytes())

    class Samples(array.array):
        def frombytes(self, data):
            raise AssertionError("the override is not used")

    s = Samples("B")
    s.fromstring(b"\x07\x08")
    print(type(s).__name__, s.tolist(), s.tostring())
print("warnings:", len(caught))
print(type(src) is array.array, array.array.__name__, array.ArrayType is array.array)

print("== typical round trip")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    raw = array.array("H", [1, 2, 3, 65535]).tostring()
    back = array.array("H")
    back.fromstring(raw)
print(back.tolist(), len(caught))
