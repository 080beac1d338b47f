"""distutils.spawn (restored by pythonc, see shims/distutils.py): run an external command, or
find one on the PATH.  For new code: subprocess.run() and shutil.which().

spawn() is built on subprocess here; what the caller sees is what 3.8's fork-and-exec gave: the
command line logged first, a program that cannot be started reported on stderr and then
treated as a command that exited with status 1, and every failure turned into
DistutilsExecError naming the program (the whole argument list when distutils.debug.DEBUG is
set).
"""

import os
import sys

from distutils import log
from distutils.debug import DEBUG
from distutils.errors import DistutilsExecError, DistutilsPlatformError


def _exit_status(argv, program, shown):
    """Start `program` with the argument list `argv`, wait, and return its exit status
    (negative: killed by that signal).  A start-up failure is written to stderr and gives 1,
    as the forked child of 3.8 reported it; a failure while waiting is DistutilsExecError."""
    import subprocess
    try:
        child = subprocess.Popen(argv, executable=program, close_fds=False)
    except OSError as failure:
        sys.stderr.write("unable to execute %r: %s\n" % (shown, failure.strerror))
        sys.stderr.flush()
        return 1
    try:
        return child.wait()
    except OSError as failure:
        raise DistutilsExecError("command %r failed: %s" % (shown, failure.args[-1]))


def spawn(cmd, search_path=1, verbose=0, dry_run=0):
    """Run the command `cmd` (a sequence: the program, then its arguments) and wait for it to
    finish; returns None when it exits with status 0.

    The command line is logged at INFO level first; with `dry_run` that is all.  The program
    is searched on the PATH unless `search_path` is false, in which case a bare name means a
    file in the current directory.  `verbose` is accepted and ignored."""
    argv = list(cmd)
    log.info(" ".join(argv))
    if dry_run:
        return
    # How the messages name the command.
    shown = argv if DEBUG else argv[0]
    program = argv[0]
    if os.sep not in program and not search_path:
        program = os.path.join(os.curdir, program)
    status = _exit_status(argv, program, shown)
    if status < 0:
        raise DistutilsExecError("command %r terminated by signal %d" % (shown, -status))
    if status > 0:
        raise DistutilsExecError("command %r failed with exit status %d" % (shown, status))


def _search_list(path):
    """The directories find_executable() looks in: `path`, else $PATH, else the system's
    default (confstr CS_PATH, or os.defpath where that is unknown); empty when the chosen
    string is empty."""
    if path is None:
        path = os.environ.get("PATH")
    if path is None:
        try:
            path = os.confstr("CS_PATH")
        except (AttributeError, ValueError):
            path = os.defpath
    return path.split(os.pathsep) if path else []


def find_executable(executable, path=None):
    """The file name under which `executable` can be run, or None.

    A name that is itself an existing file is returned as it is; otherwise each directory of
    the search list (see _search_list) is tried in turn.  On Windows '.exe' is appended to a
    name that lacks it."""
    if sys.platform == "win32" and os.path.splitext(executable)[1] != ".exe":
        executable += ".exe"
    if os.path.isfile(executable):
        return executable
    candidates = (os.path.join(folder, executable) for folder in _search_list(path))
    return next((found for found in candidates if os.path.isfile(found)), None)
