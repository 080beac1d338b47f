"""Shim case gzip-mode-str: GzipFile.mode is gzip.READ (1) or gzip.WRITE (2) (strings since
3.13).

Up to 3.12 the module constants READ and WRITE were 1 and 2 and GzipFile.mode was one of
them, whatever mode string opened the file ("r", "rb", "a", "ab", "w", "x" ...). 3.8 did not
warn, so warnings are not printed. The file also works as before in every mode.
"""
import gzip
import io
import os
import tarfile
import tempfile
import warnings

warnings.simplefilter("ignore")

print(gzip.READ, gzip.WRITE)
directory = tempfile.mkdtemp()
path = os.path.join(directory, "m.gz")
for mode in ("wb", "w", "ab", "a", "rb", "r"):
    with gzip.GzipFile(path, mode) as f:
        print(mode, repr(f.mode), f.mode == gzip.READ, f.mode == gzip.WRITE, f.readable(), f.writable())
        if f.writable():
            f.write(mode.encode() + b"\n")
        else:
            print(f.read())
os.remove(path)
with gzip.open(path, "xb") as f:
    print("xb", f.mode)
with gzip.open(path, "rt") as t:
    print("rt", t.buffer.mode, repr(t.read()))
print(gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"z"))).mode)
print(gzip.GzipFile(fileobj=io.BytesIO(), mode="wb").mode)
with gzip.open(path) as f:
    try:
        f.write(b"no")
    except OSError as exc:
        print("OSError", exc.errno)
buffer = io.BytesIO()
with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
    info = tarfile.TarInfo("member")
    info.size = 3
    archive.addfile(info, io.BytesIO(b"abc"))
buffer.seek(0)
with tarfile.open(fileobj=buffer, mode="r:gz") as archive:
    print(archive.getnames(), archive.extractfile("member").read(), archive.fileobj.mode)
os.remove(path)
os.rmdir(directory)
