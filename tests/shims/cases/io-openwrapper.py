"""Shim case io-openwrapper: _pyio.OpenWrapper (deprecated in 3.10, removed in 3.12).

On 3.8 _pyio.OpenWrapper opens files like _pyio.open() and, stored in a class, is not bound
to the instance.  (io.OpenWrapper is not part of this case: pythonc restores only the _pyio
name; see shims/io.py.)
"""
import os
import tempfile
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
import _pyio

folder = tempfile.mkdtemp()
path = os.path.join(folder, "data.txt")
with _pyio.OpenWrapper(path, "w", encoding="utf-8") as f:
    print(type(f).__module__, type(f).__name__, f.write("first line\nsecond\n"))
with _pyio.OpenWrapper(path, encoding="utf-8") as f:
    print(type(f).__name__, f.read().splitlines(), f.mode)
with _pyio.OpenWrapper(path, "rb") as f:
    print(type(f).__module__, type(f).__name__, f.read(5))
with _pyio.OpenWrapper(path, mode="rb", buffering=0) as f:
    print(type(f).__name__, f.read(3))


class Config:
    opener = _pyio.OpenWrapper

    def lines(self, name):
        with self.opener(name, encoding="utf-8") as f:
            return len(f.readlines())


print(Config().lines(path), Config.opener(path, "rb").read(6))
try:
    _pyio.OpenWrapper(os.path.join(folder, "missing"))
except FileNotFoundError as exc:
    print("FileNotFoundError", exc.errno)
try:
    _pyio.OpenWrapper(path, "rz")
except ValueError as exc:
    print("ValueError", exc)
print(callable(_pyio.OpenWrapper), _pyio.OpenWrapper is _pyio.OpenWrapper,
      hasattr(_pyio, "OpenWrapper"))
from _pyio import OpenWrapper
print(OpenWrapper is _pyio.OpenWrapper)
os.remove(path)
os.rmdir(folder)
