"""The `mailcap` module, restored by pythonc for code written for Python 3.12 and older.

`mailcap` was deprecated in 3.11 and removed in 3.13 (PEP 594).  This file is a fresh
implementation of its documented interface (getcaps, findmatch, and the helpers lookup, subst,
findparam, parseline, parsefield, listmailcapfiles, readmailcapfile, show), written from the
library reference and from the observed behaviour of Python 3.8.18, including its guard
against shell injection: file names, MIME types and parameters with shell metacharacters are
refused with an UnsafeMailcapInput warning and no command.  pythonc serves it only where the
running Python has no `mailcap` of its own; importing it emits one
`_compat.CompatDeprecationWarning` attributed to the importing line.
"""

__shim__ = {"id": "pep594-mailcap", "removed_in": "3.13",
            "replacement": "the mimetypes module (and subprocess with an argument list)"}

import os, re, warnings

__all__ = ["getcaps", "findmatch"]


class UnsafeMailcapInput(Warning):
    """Warning raised when refusing unsafe input"""


# Anything but word characters, non-ASCII letters and a few punctuation marks is unsafe to
# put into a shell command.
_find_unsafe = re.compile(r"[^\xa1-\U0010FFFF\w@+=:,./-]").search


def _refuse(message, *values):
    """Warn that a value is too dangerous for a shell command; the caller then gives up."""
    warnings.warn(message % values, UnsafeMailcapInput)


def lineno_sort_key(entry):
    """Sort key: entries read by getcaps() in file order, others after them."""
    return (0, entry["lineno"]) if "lineno" in entry else (1, 0)


def _merge(into, more):
    for kind, found in more.items():
        into[kind] = into.get(kind, []) + found


def getcaps():
    """All the mailcap entries of the files listmailcapfiles() names, as
    {MIME type: [entry dict, ...]} (entries of later files come after earlier ones)."""
    merged, counter = {}, 0
    for source in listmailcapfiles():
        try:
            handle = open(source, "r")
        except OSError:
            continue
        with handle:
            found, counter = _readmailcapfile(handle, counter)
        _merge(merged, found)
    return merged


def listmailcapfiles():
    """The mailcap files to read: $MAILCAPS (os.pathsep-separated), or the usual four."""
    env = os.environ
    if "MAILCAPS" in env:
        return env["MAILCAPS"].split(os.pathsep)
    return [env.get("HOME", ".") + "/.mailcap"] + [
        prefix + "/etc/mailcap" for prefix in ("", "/usr", "/usr/local")]


def readmailcapfile(fp):
    """Read one open mailcap file (deprecated: use getcaps())."""
    warnings.warn("readmailcapfile is deprecated, use getcaps instead", DeprecationWarning, 2)
    return _readmailcapfile(fp, None)[0]


def _entries(fp):
    """The logical lines of a mailcap file: comments and blank lines dropped, lines ending
    in a backslash joined with the next one."""
    text = fp.readline()
    while text:
        if text[:1] != "#" and text.strip():
            piece = text
            # (3.8 went on while the piece just read ended in backslash-newline, whatever
            # the joined text ended with; at the end of the file the piece is a newline)
            while piece[-2:] == "\\\n":
                piece = fp.readline() or "\n"
                text = text[:-2] + piece
            yield text
        text = fp.readline()


def _readmailcapfile(fp, lineno):
    """(entries by MIME type, next line number) of one mailcap file; lineno None: entries
    get no "lineno" key."""
    table = {}
    for text in _entries(fp):
        kind, entry = parseline(text)
        if kind and entry:
            if lineno is not None:
                entry["lineno"], lineno = lineno, lineno + 1
            kind = "/".join(map(str.strip, kind.split("/"))).lower()
            table.setdefault(kind, []).append(entry)
    return table, lineno


def parseline(line):
    """(MIME type, {field: value}) of one mailcap line ("view" is the second field), or
    (None, None) when the line has fewer than two fields."""
    pieces, at, stop = [], 0, len(line)
    while at < stop:
        piece, at = parsefield(line, at, stop)
        pieces.append(piece)
        at += 1
    if len(pieces) <= 1:
        return None, None
    entry = {"view": pieces[1]}
    for piece in pieces[2:]:
        key, sign, val = piece.partition("=")
        key, val = (key.strip(), val.strip()) if sign else (piece, "")
        entry.setdefault(key, val)
    return pieces[0], entry


def parsefield(line, i, n):
    """The field of `line` starting at i (up to an unescaped ";"), stripped, and where it
    ended."""
    end = i
    while end < n and line[end] != ";":
        end += 2 if line[end] == "\\" else 1
    return line[i:end].strip(), end


def findmatch(caps, MIMEtype, key="view", filename="/dev/null", plist=[]):
    """(command, entry) of the first entry for MIMEtype that has `key` and whose test (if
    any) passes, with %s, %t and %{param} substituted; (None, None) when none does."""
    if _find_unsafe(filename):
        _refuse("Refusing to use mailcap with filename %r. Use a safe temporary filename.",
                filename)
        return None, None
    for entry in lookup(caps, MIMEtype, key):
        if "test" in entry:
            # (sic: 3.8 passed the file name where the MIME type goes)
            check = subst(entry["test"], filename, plist)
            if check is None or (check and os.system(check) != 0):
                continue
        result = subst(entry[key], MIMEtype, filename, plist)
        if result is not None:
            return result, entry
    return None, None


def lookup(caps, MIMEtype, key=None):
    """The entries for MIMEtype, then for its "type/*", that have `key` (when given)."""
    found = caps[MIMEtype] if MIMEtype in caps else []
    generic = MIMEtype.split("/")[0] + "/*"
    if generic in caps:
        found = found + caps[generic]
    return sorted((e for e in found if key is None or key in e), key=lineno_sort_key)


def subst(field, MIMEtype, filename, plist=[]):
    """`field` with %s (filename), %t (MIMEtype), %{name} (a parameter of plist) and %%
    replaced, and backslash escapes removed; None when a value is unsafe for a shell."""
    result, pos, size = "", 0, len(field)
    while pos < size:
        ch, pos = field[pos], pos + 1
        if ch == "\\":
            result, pos = result + field[pos:pos + 1], pos + 1
            continue
        if ch != "%":
            result += ch
            continue
        code, pos = field[pos], pos + 1
        if code == "s":
            result += filename
        elif code == "t":
            if _find_unsafe(MIMEtype):
                return _refuse("Refusing to substitute MIME type %r into a shell command.",
                               MIMEtype)
            result += MIMEtype
        elif code == "{":
            close = field.find("}", pos)
            close = size if close < 0 else close
            param, pos = field[pos:close], close + 1
            value = findparam(param, plist)
            if _find_unsafe(value):
                return _refuse("Refusing to substitute parameter %r (%s) into a shell command",
                               value, param)
            result += value
        else:
            # "%%" gives "%"; %n, %F and the rest are left as they are.
            result += "%" if code == "%" else "%" + code
    return result


def findparam(name, plist):
    """The value of parameter `name` ("name=value", case-insensitive name) in plist, or ""."""
    wanted = name.lower() + "="
    size = len(wanted)
    return next((p[size:] for p in plist if p[:size].lower() == wanted), "")


# ---- command line ------------------------------------------------------------------------------

def test():
    """python -m mailcap [MIMEtype file] ...: run the viewer of each file, or show the
    mailcap entries when no argument is given."""
    from sys import argv
    table = getcaps()
    if len(argv) < 2:
        return show(table)
    words = argv[1:]
    for first in range(0, len(words), 2):
        pair = words[first:first + 2]
        if len(pair) != 2:
            return print("usage: mailcap [MIMEtype file] ...")
        command = findmatch(table, pair[0], "view", pair[1])[0]
        if command:
            print("Executing:", command)
            status = os.system(command)
            if status:
                print("Exit status:", status)
        else:
            # (sic: 3.8 printed the built-in `type` here)
            print("No viewer found for", type)


def show(caps):
    """Print the mailcap files and the entries of caps (getcaps() when caps is empty)."""
    report = ["Mailcap files:"] + ["\t" + path for path in listmailcapfiles()]
    print("\n".join(report), end="\n\n")
    caps = caps or getcaps()
    print("Mailcap entries:", end="\n\n")
    for kind in sorted(caps):
        print(kind)
        for entry in caps[kind]:
            for field in sorted(entry):
                print("  %-15s" % field, entry[field])
            print()


if __name__ == "__main__":
    test()
