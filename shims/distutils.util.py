"""distutils.util (restored by pythonc, see shims/distutils.py): assorted helpers - platform
names, path conversion, shell-like splitting, variable substitution, running a function with
logging, byte-compilation."""

import os
import re
import sys

from distutils import log
from distutils.dep_util import newer
from distutils.errors import DistutilsByteCompileError, DistutilsPlatformError
from distutils.spawn import spawn


# -- platform and paths -----------------------------------------------------------------------

def get_host_platform():
    """The platform this interpreter runs on, e.g. 'linux-x86_64', 'macosx-10.9-x86_64',
    'win-amd64' (sysconfig.get_platform())."""
    import sysconfig
    return sysconfig.get_platform()


def get_platform():
    """The platform to build for: the host platform (cross-compiling is not supported)."""
    return get_host_platform()


def convert_path(pathname):
    """A '/'-separated relative path in the form of the running system.  On systems whose
    separator is '/' the argument comes back unchanged; elsewhere an absolute path or one
    ending in '/' is a ValueError, and '.' components are dropped."""
    if os.sep == "/" or not pathname:
        return pathname
    for index, wrong in ((0, "cannot be absolute"), (-1, "cannot end with '/'")):
        if pathname[index] == "/":
            raise ValueError("path '%s' %s" % (pathname, wrong))
    kept = [part for part in pathname.split("/") if part != "."]
    return os.path.join(*kept) if kept else os.curdir


def _unrooted_posix(pathname):
    return pathname[1:] if os.path.isabs(pathname) else pathname


def _unrooted_nt(pathname):
    rest = os.path.splitdrive(pathname)[1]
    return rest[1:] if rest[:1] == "\\" else rest


# How change_root() makes a path relative, by os.name.
_UNROOT = {"posix": _unrooted_posix, "nt": _unrooted_nt}


def change_root(new_root, pathname):
    """`pathname` moved under `new_root`: relative paths are joined to it, absolute ones
    lose their root (and, on Windows, drive) first: '/usr/lib' under '/stage' is
    '/stage/usr/lib'."""
    unroot = _UNROOT.get(os.name)
    if unroot is None:
        raise DistutilsPlatformError("nothing known about platform '%s'" % os.name)
    return os.path.join(new_root, unroot(pathname))


# -- environment and substitution -------------------------------------------------------------

# Public: check_environ() sets it once it has run (callers may reset it to run it again).
_environ_checked = 0


def check_environ():
    """Make sure os.environ has HOME (on POSIX, from the password database) and PLAT (the
    platform name), for subst_vars() and configuration files.  Done once."""
    global _environ_checked
    if _environ_checked:
        return
    env = os.environ
    if os.name == "posix" and "HOME" not in env:
        try:
            import pwd
            env["HOME"] = pwd.getpwuid(os.getuid()).pw_dir
        except (ImportError, KeyError):
            pass    # no password database, or no entry for us: leave HOME unset
    if "PLAT" not in env:
        env["PLAT"] = get_platform()
    _environ_checked = 1


_DOLLAR_NAME = re.compile(r"\$([a-zA-Z_][a-zA-Z_0-9]*)")


def subst_vars(s, local_vars):
    """`s` with each $name replaced by str(local_vars[name]), or else by the environment
    variable (after check_environ()).  ${name} is left alone; an unknown name is a
    ValueError."""
    check_environ()
    pieces, done = [], 0
    try:
        for found in _DOLLAR_NAME.finditer(s):
            name = found.group(1)
            value = str(local_vars[name]) if name in local_vars else os.environ[name]
            pieces += [s[done:found.start()], value]
            done = found.end()
    except KeyError as unknown:
        raise ValueError("invalid variable '$%s'" % unknown)
    pieces.append(s[done:])
    return "".join(pieces)


def grok_environment_error(exc, prefix="error: "):
    """`prefix` followed by the exception's text (kept for old callers)."""
    return prefix + str(exc)


# -- splitting --------------------------------------------------------------------------------

# What separates words (the ASCII whitespace characters), and the quote characters.
_BLANKS = " \t\n\r\x0b\x0c"
_QUOTES = "'\""


def _quote_end(text, opening):
    """The index of the quote that closes the one at `opening`.  Inside quotes a backslash
    escapes any character but a newline; an unclosed quote is a ValueError."""
    mark = text[opening]
    at = opening + 1
    while at < len(text):
        if text[at] == mark:
            return at
        if text[at] == "\\":
            if text[at + 1:at + 2] in ("", "\n"):
                break
            at += 1
        at += 1
    raise ValueError("bad string (mismatched %s quotes?)" % mark)


def split_quoted(s):
    """Split `s` into words the way a shell would, roughly: ASCII whitespace separates words
    (and any whitespace after it is skipped), a backslash makes the next character literal
    (a backslash at the very end vanishes), and single or double quotes group text, spaces
    included, into a word (the quotes vanish; backslashes inside them stay).  Leading and
    trailing whitespace is ignored.  An unclosed quote is a ValueError."""
    text = s.strip()
    if not isinstance(text, str) and text:
        # (bytes: 3.8 failed in its word pattern, with this message; empty bytes gave [].)
        raise TypeError("cannot use a string pattern on a bytes-like object")
    words = []
    current = None          # pieces of the word being read, None between words
    at = 0
    while at < len(text):
        char = text[at]
        if char in _BLANKS:
            words.append("".join(current))
            current = None
            at += 1
            while at < len(text) and text[at].isspace():
                at += 1
            continue
        if current is None:
            current = []
        if char == "\\":
            current.append(text[at + 1:at + 2])
            at += 2
        elif char in _QUOTES:
            close = _quote_end(text, at)
            current.append(text[at + 1:close])
            at = close + 1
        else:
            current.append(char)
            at += 1
    if current is not None:
        words.append("".join(current))
    return words


# -- small helpers ----------------------------------------------------------------------------

def execute(func, args, msg=None, verbose=0, dry_run=0):
    """Log `msg` at INFO level, then call func(*args) unless `dry_run`.  The default message
    shows the call: the function's name and the argument tuple (without the comma a
    one-element tuple's repr has)."""
    if msg is None:
        call = "%s%s" % (func.__name__, repr(args))
        msg = call[:-2] + ")" if call.endswith(",)") else call
    log.info(msg)
    if not dry_run:
        func(*args)


_TRUTH = dict.fromkeys(("y", "yes", "t", "true", "on", "1"), 1)
_TRUTH.update(dict.fromkeys(("n", "no", "f", "false", "off", "0"), 0))


def strtobool(val):
    """1 for 'y', 'yes', 't', 'true', 'on', '1'; 0 for 'n', 'no', 'f', 'false', 'off', '0'
    (in any case); ValueError for anything else."""
    answer = _TRUTH.get(val.lower())
    if answer is None:
        raise ValueError("invalid truth value %r" % (val,))
    return answer


def rfc822_escape(header):
    """`header` made safe for a multi-line RFC 822 header value: every line after the first
    is indented by 8 spaces."""
    return header.replace("\n", "\n        ")


# -- byte-compilation -------------------------------------------------------------------------

def _compile_plan(py_files, optimize, force, prefix, base_dir, announce):
    """(source, bytecode file, name recorded in the code) for each .py file of `py_files` that
    needs compiling.  With `announce`, each decision is logged as it is made."""
    from importlib.util import cache_from_source
    plan = []
    for source in py_files:
        if source[-3:] != ".py":
            continue
        cfile = cache_from_source(source, optimization=optimize if optimize >= 1 else "")
        recorded = source
        if prefix:
            if source[:len(prefix)] != prefix:
                raise ValueError("invalid prefix: filename %r doesn't start with %r"
                                 % (source, prefix))
            recorded = source[len(prefix):]
        if base_dir:
            recorded = os.path.join(base_dir, recorded)
        stale = force or newer(source, cfile)
        if announce:
            if stale:
                log.info("byte-compiling %s to %s", source, os.path.basename(cfile))
            else:
                log.debug("skipping byte-compilation of %s to %s", source,
                          os.path.basename(cfile))
        if stale:
            plan.append((source, cfile, recorded))
    return plan


def _compile_in_child(plan, dry_run):
    """Hand `plan` to a child interpreter (with this one's -O flags) through a temporary
    script, logging the script's name, the command and the script's removal."""
    from tempfile import mkstemp
    handle, script = mkstemp(".py")
    log.info("writing byte-compilation script '%s'", script)
    with os.fdopen(handle, "w") as out:
        out.write("from py_compile import compile\n"
                  "for path, cfile, dfile in %r:\n"
                  "    compile(path, cfile, dfile)\n" % (plan,))
    flags = ["-" + "O" * sys.flags.optimize] if sys.flags.optimize else []
    try:
        spawn([sys.executable] + flags + [script], dry_run=dry_run)
    finally:
        execute(os.remove, (script,), "removing %s" % script, dry_run=dry_run)
        if dry_run:
            os.remove(script)


def byte_compile(py_files, optimize=0, force=0, prefix=None, base_dir=None, verbose=1,
                 dry_run=0, direct=None):
    """Compile the .py files among `py_files` to bytecode in __pycache__ (PEP 3147 names;
    other files are skipped).  Only files newer than their bytecode are compiled, unless
    `force`.  The name recorded in the bytecode (shown in tracebacks) is the file name
    without `prefix`, under `base_dir`.  `optimize` (0, 1, 2) picks the bytecode file
    name (.opt-1.pyc, .opt-2.pyc) while the code is compiled at this interpreter's own
    optimisation level, as in 3.8.  Unless `direct` is true (the default when optimize is 0
    in a non -O interpreter), a child interpreter does the compiling, as 3.8 did.
    DistutilsByteCompileError when sys.dont_write_bytecode is set."""
    if sys.dont_write_bytecode:
        raise DistutilsByteCompileError("byte-compiling is disabled.")
    if direct is None:
        direct = __debug__ and optimize == 0
    # Every file is planned (and, when compiling here, announced) before any is compiled.
    plan = _compile_plan(py_files, optimize, force, prefix, base_dir, announce=direct)
    if not direct:
        _compile_in_child(plan, dry_run)
    elif not dry_run:
        import py_compile
        for source, cfile, recorded in plan:
            py_compile.compile(source, cfile, recorded)
