"""The `uu` module, restored by pythonc for code written for Python 3.12 and older.

`uu` (uuencode/uudecode of whole files) was deprecated in 3.11 and removed in 3.13 (PEP 594).
This file is a fresh implementation of its documented interface on top of `binascii`, keeping
the refusal to decode to an absolute path or through "../" (a security fix of the 3.x line).
pythonc serves it only where the running Python has no `uu` of its own; importing it emits one
`_compat.CompatDeprecationWarning` attributed to the importing line.
"""

__shim__ = {"id": "pep594-uu", "removed_in": "3.13",
            "replacement": "base64 or binascii.b2a_uu/a2b_uu (PyPI standard-uu)"}

import binascii
import os
import sys

__all__ = ["Error", "encode", "decode"]


class Error(Exception):
    pass


def _stream(path_or_file, mode, opened):
    """"-" is the standard stream, a str a file opened here (recorded in `opened`), anything
    else a binary file object used as it is."""
    if path_or_file == "-":
        return (sys.stdin if "r" in mode else sys.stdout).buffer
    if isinstance(path_or_file, str):
        f = open(path_or_file, mode)
        opened.append(f)
        return f
    return path_or_file


def encode(in_file, out_file, name=None, mode=None, *, backtick=False):
    """uuencode `in_file` into `out_file`.

    Either may be a path, "-" (stdin / stdout) or a binary file object.  `name` and `mode`
    go into the "begin" line; they default to the input path's base name and permission bits
    (or "-" and 0o666).  With backtick=True, zero bytes are written as "`" instead of " "."""
    opened = []
    try:
        if isinstance(in_file, str) and in_file != "-":
            name = os.path.basename(in_file) if name is None else name
            if mode is None:
                mode = os.stat(in_file).st_mode
        source = _stream(in_file, "rb", opened)
        sink = _stream(out_file, "wb", opened)
        name = "-" if name is None else name
        mode = 0o666 if mode is None else mode
        name = name.replace("\n", "\\n").replace("\r", "\\r")
        sink.write(("begin %o %s\n" % (mode & 0o777, name)).encode("ascii"))
        for block in iter(lambda: source.read(45), b""):
            sink.write(binascii.b2a_uu(block, backtick=backtick))
        sink.write(b"`\nend\n" if backtick else b" \nend\n")
    finally:
        for f in opened:
            f.close()


def _begin_line(source):
    """(mode field, name field) of the first valid "begin MODE NAME" line."""
    for line in iter(source.readline, b""):
        if not line.startswith(b"begin"):
            continue
        fields = line.split(b" ", 2)
        if len(fields) != 3 or fields[0] != b"begin":
            continue
        try:
            int(fields[1], 8)
        except ValueError:
            continue
        return fields[1], fields[2]
    raise Error("No valid begin line found in input file")


def _unsafe(path):
    """Whether a name from the header would write outside the current directory."""
    for sep in (os.sep, os.altsep):
        if sep and (path.startswith(sep) or ".." + sep in path):
            return True
    return False


def decode(in_file, out_file=None, mode=None, quiet=False):
    """uudecode `in_file` (a path, "-" for stdin, or a binary file object) into `out_file`
    (a path, "-", a binary file object, or None for the name in the "begin" line; an
    existing file is never overwritten).  `mode` overrides the header's permission bits of
    a file created here.  A line with trailing garbage is decoded as far as it goes, with a
    warning on stderr unless `quiet`."""
    opened = []
    try:
        source = _stream(in_file, "rb", opened)
        mode_field, name_field = _begin_line(source)
        if out_file is None:
            out_file = name_field.rstrip(b" \t\r\n\f").decode("ascii")
            if os.path.exists(out_file):
                raise Error("Cannot overwrite existing file: %s" % out_file)
            if _unsafe(out_file):
                raise Error("Refusing to write to %s due to directory traversal" % out_file)
        if mode is None:
            mode = int(mode_field, 8)
        creating = isinstance(out_file, str) and out_file != "-"
        sink = _stream(out_file, "wb", opened)
        if creating:
            os.chmod(out_file, mode)
        while True:
            line = source.readline()
            if not line:
                raise Error("Truncated input file")
            if line.strip(b" \t\r\n\f") == b"end":
                break
            try:
                data = binascii.a2b_uu(line)
            except binascii.Error as exc:
                # Decode what the length character announces, ignoring the garbage after.
                data = binascii.a2b_uu(line[:(((line[0] - 32) & 63) * 4 + 5) // 3])
                if not quiet:
                    sys.stderr.write("Warning: %s\n" % exc)
            sink.write(data)
    finally:
        for f in opened:
            f.close()


def test():
    """The command line: uu [-d] [-t] [input [output]]."""
    import optparse
    parser = optparse.OptionParser(usage="usage: %prog [-d] [-t] [input [output]]")
    parser.add_option("-d", "--decode", dest="decode", help="Decode (instead of encode)?",
                      default=False, action="store_true")
    parser.add_option("-t", "--text", dest="text",
                      help="data is text, encoded format unix-compatible text?",
                      default=False, action="store_true")
    options, args = parser.parse_args()
    if len(args) > 2:
        parser.error("incorrect number of arguments")
    streams = [sys.stdin.buffer, sys.stdout.buffer]
    streams[:len(args)] = args
    source, target = streams
    if options.text:
        # Text mode needs a named file on the side that is text.
        side, problem = (1, "to stdout") if options.decode else (0, "from stdin")
        if not isinstance(streams[side], str):
            print(sys.argv[0], ": cannot do -t", problem)
            sys.exit(1)
        streams[side] = open(streams[side], "wb" if options.decode else "rb")
        source, target = streams
    (decode if options.decode else encode)(source, target)


if __name__ == "__main__":
    test()
