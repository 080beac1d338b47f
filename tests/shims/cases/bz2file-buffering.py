"""Shim case bz2file-buffering: BZ2File(filename, mode, buffering, compresslevel) (removed in 3.9).

3.0-3.8 accepted a third `buffering` parameter, ignored it, and warned (DeprecationWarning,
attributed to the caller) whenever it was passed, even as None; compresslevel could then be the
fourth positional argument.  A bad compresslevel still raised ValueError, after the warning.
"""
import bz2
import io
import os
import shutil
import sys
import tempfile
import warnings


def here():
    """The caller's current line: the marker warning line numbers are measured against."""
    return sys._getframe(1).f_lineno


def report(label, caught, base):
    print(label, [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
                  for w in caught])


TMP = tempfile.mkdtemp()
path = os.path.join(TMP, "data.bz2")
PAYLOAD = b"pythonc " * 500

CALLS = [
    ((path, "w", 0), {}),
    ((path, "w", None), {}),
    ((path, "w", 8192, 1), {}),
    ((path, "w", None, 9), {}),
    ((path, "w"), {"buffering": 4096}),
    ((path, "w"), {"buffering": 0, "compresslevel": 5}),
    ((path, "w", None, 0), {}),
    ((path, "w", None, 10), {}),
    ((path, "w", None, 3, 4), {}),
    ((path, "w"), {"compresslevel": 2}),
    ((io.BytesIO(), "wb", -1, 7), {}),
    ((path, "q", 0), {}),
]
for args, kwargs in CALLS:
    shown = tuple("PATH" if a == path else type(a).__name__ if isinstance(a, io.BytesIO) else a for a in args)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            base = here(); f = bz2.BZ2File(*args, **kwargs)
            f.write(PAYLOAD)
            f.close()
            result = "ok"
        except Exception as exc:
            result = type(exc).__name__
            if isinstance(exc, ValueError):
                result += ": %s" % exc
    report("%r %r -> %s" % (shown, kwargs, result), caught, base)

print("== reading")
with bz2.BZ2File(path, "w", compresslevel=1) as f:
    f.write(PAYLOAD)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); f = bz2.BZ2File(path, "r", 1 << 16)
    data = f.read()
    f.close()
report("read %d bytes, same: %s" % (len(data), data == PAYLOAD), caught, base)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with bz2.BZ2File(path) as f:
        print("no buffering:", len(f.read()))
    with bz2.open(path, "rt", encoding="ascii") as f:
        print("bz2.open:", f.read(16))
print("warned:", len(caught))

print("== compresslevel really used")
sizes = []
for level in (1, 9):
    buf = io.BytesIO()
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        with bz2.BZ2File(buf, "w", None, level) as f:
            f.write(bytes(range(256)) * 4000)
    sizes.append(len(buf.getvalue()))
print("level 1 vs 9 differ:", sizes[0] != sizes[1])
shutil.rmtree(TMP)
