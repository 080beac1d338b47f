"""Shim case pep594-uu: the `uu` module (removed in 3.13).

Encodes and decodes the way old mail and archive tools did: file names, "-" for the standard
streams, binary file objects, the backtick variant, mode bits in the "begin" line, and the
errors (missing begin line, truncated input, an existing output file, directory traversal,
trailing garbage warned about on stderr).  Runs in a temporary directory.  3.8 did not warn
on import.
"""
import contextlib
import hashlib
import io
import os
import shutil
import stat
import sys
import tempfile

import uu

os.umask(0o022)
TMP = tempfile.mkdtemp()
HOME = os.getcwd()
os.chdir(TMP)


def encoded(data, **kw):
    out = io.BytesIO()
    uu.encode(io.BytesIO(data), out, **kw)
    return out.getvalue()


def decoded(text, **kw):
    out = io.BytesIO()
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            result = uu.decode(io.BytesIO(text), out, **kw)
        except Exception as exc:
            return "%s: %s" % (type(exc).__name__, exc)
    return result, out.getvalue(), err.getvalue()


print("== encode")
print(encoded(b"hello"))
print(encoded(b""))
print(encoded(b"\x00" * 50, backtick=True))
print(encoded(b"\x00" * 50))
print(encoded(b"x", name="report.txt", mode=0o100755))
print(encoded(b"x", name="two\nlines\r", mode=0o4644))
blob = bytes(range(256)) * 37
text = encoded(blob, name="blob.bin", mode=0o600)
print(len(text), text.count(b"\n"), hashlib.sha256(text).hexdigest())
print(text.splitlines()[:3], text.splitlines()[-3:])
try:
    encoded(b"x", name="caf\xe9")
except UnicodeEncodeError as exc:
    print("non-ASCII name:", type(exc).__name__)

print("== files by name")
with open("source.dat", "wb") as fh:
    fh.write(blob[:1000])
os.chmod("source.dat", 0o640)
uu.encode("source.dat", "source.uu")
with open("source.uu", "rb") as fh:
    head = fh.readline()
print(head, os.path.getsize("source.uu"))
with open("source.dat", "rb") as src, open("named.uu", "wb") as dst:
    uu.encode(src, dst, "other.name")
with open("named.uu", "rb") as fh:
    print(fh.readline())
os.remove("source.dat")
print(uu.decode("source.uu"))
with open("source.dat", "rb") as fh:
    print(fh.read() == blob[:1000], oct(stat.S_IMODE(os.stat("source.dat").st_mode)))
uu.decode("source.uu", "copy.dat", mode=0o600)
print(oct(stat.S_IMODE(os.stat("copy.dat").st_mode)), os.path.getsize("copy.dat"))
try:
    uu.decode("source.uu")
except uu.Error as exc:
    print("uu.Error:", exc)

print("== standard streams")
saved = sys.stdin, sys.stdout
try:
    sys.stdin = io.TextIOWrapper(io.BytesIO(b"from stdin\n"))
    sys.stdout = io.TextIOWrapper(io.BytesIO())
    uu.encode("-", "-")
    sys.stdout.flush()
    captured = sys.stdout.buffer.getvalue()
    sys.stdin = io.TextIOWrapper(io.BytesIO(captured))
    sys.stdout = io.TextIOWrapper(io.BytesIO())
    uu.decode("-", "-")
    sys.stdout.flush()
    back = sys.stdout.buffer.getvalue()
finally:
    sys.stdin, sys.stdout = saved
print(captured)
print(back)

print("== decode")
good = b"begin 644 x\n%:&5L;&\\ \n \nend\n"
print(decoded(good))
print(decoded(b"Subject: hi\n\nsome text\nbegin 600 y\n#86)C\n`\nend\nsig\n"))
print(decoded(b"begin 644 x\r\n%:&5L;&\\\r\n \r\nend\r\n"))
print(decoded(b"begin 0o644 x\n \n  end  \n"))
print(decoded(b"begin 644 spaced name \t\n \nend\n"))
print(decoded(b"begin 644 x\n\nend\n"))
print(decoded(b"begin 644 x\n#86)C86)C\n \nend\n"))
print(decoded(b"begin 644 x\n#86)C86)C\n \nend\n", quiet=True))
print(decoded(b"begin 644 x\n$86)C86)C\n \nend\n"))
result = decoded(text)
print(result[0], result[1] == blob, repr(result[2]))
for bad in (b"", b"nothing here\n", b"begin\n", b"begin 644\n \nend\n", b"begin 9x9 x\n \nend\n",
            b"  begin 644 x\n \nend\n", b"beginning 644 x\n", b"begin 644 x\n%:&5L;&\\\n",
            b"begin 644 x\n \nendx\n", b"begin 644 x\n!\xff\xff\nend\n"):
    print(bad, decoded(bad))
try:
    uu.decode(io.StringIO("begin 644 x\n \nend\n"), io.BytesIO())
except TypeError:
    print("text input: TypeError")

print("== output names from the header")
for name in (b"plain.out", b"with space.out  ", b"crlf.out\r", b"/abs/path.out", b"../up.out",
             b"sub/../../up.out", b"copy.dat", b"missing-dir/x.out", b"caf\xc3\xa9"):
    try:
        uu.decode(io.BytesIO(b"begin 640 " + name + b"\n#86)C\n \nend\n"))
        print(name, "written")
    except Exception as exc:
        print(name, type(exc).__name__, exc)
for name in sorted(os.listdir(".")):
    print(repr(name), os.path.getsize(name), oct(stat.S_IMODE(os.stat(name).st_mode)))
try:
    uu.decode(io.BytesIO(b"begin 600 partial.out\n%:&5L;&\\\n"))
except uu.Error as exc:
    print("uu.Error:", exc, os.path.exists("partial.out"))
with open("partial.out", "rb") as fh:
    print(fh.read())

print("== the module")
print(uu.Error.__mro__[1].__name__, sorted(uu.__all__))
os.chdir(HOME)
shutil.rmtree(TMP)
