"""Pieces shared by restored modules (shims/imghdr.py, sndhdr.py, cgi.py, cgitb.py): the
3.8 layout of traceback entries, and the command-line file walk of imghdr and sndhdr.
Loaded with _compat_engine.private_file("_legacy_text") when first needed.
"""


def frames_38(frames):
    """Traceback entries (traceback.FrameSummary) in the plain two-line layout of Python 3.8
    (no column markers), with runs of one repeated frame cut short after three."""
    out = []
    last = None
    repeats = 0
    for frame in frames:
        key = (frame.filename, frame.lineno, frame.name)
        if key == last:
            repeats += 1
            if repeats >= 3:
                continue
        else:
            if repeats >= 3:
                out.append(_repeated(repeats - 2))
            last, repeats = key, 0
        entry = '  File "%s", line %s, in %s\n' % (frame.filename, frame.lineno, frame.name)
        if frame.line:
            entry += "    %s\n" % frame.line.strip()
        out.append(entry)
    if repeats >= 3:
        out.append(_repeated(repeats - 2))
    return out


def _repeated(count):
    return "  [Previous line repeated %d more time%s]\n" % (count, "s" if count > 1 else "")


def command_line(testall):
    """`python -m imghdr|sndhdr [-r] [file-or-directory ...]`: testall() over the arguments
    (default: the current directory)."""
    import sys
    args = sys.argv[1:]
    recursive = 0
    if args and args[0] == "-r":
        args = args[1:]
        recursive = 1
    try:
        testall(args or ["."], recursive, 1)
    except KeyboardInterrupt:
        sys.stderr.write("\n[Interrupted]\n")
        sys.exit(1)


def walk(what, names, recursive, toplevel):
    """Print "name: what(name)" for each file of `names`; directories are listed when
    `recursive` (or, one level deep, when `toplevel`) is true."""
    import glob
    import os
    import sys
    for name in names:
        if os.path.isdir(name):
            print(name + "/:", end=" ")
            if recursive or toplevel:
                print("recursing down:")
                walk(what, glob.glob(os.path.join(glob.escape(name), "*")), recursive, 0)
            else:
                print("*** directory (use -r) ***")
            continue
        print(name + ":", end=" ")
        sys.stdout.flush()
        try:
            print(what(name))
        except OSError:
            print("*** not found ***")
