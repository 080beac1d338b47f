"""distutils.log (restored by pythonc, see shims/distutils.py): the tiny logger distutils used
before it adopted `logging`.

Five numbered levels.  A Log object prints each message whose level reaches its threshold as
one line: DEBUG and INFO go to standard output, WARN, ERROR and FATAL to standard error (the
streams are looked up in `sys` at every call, so redirecting them works), and the stream is
flushed at once.  A level outside the five is a ValueError even when the message would have
been dropped.  Arguments are %-formatted into the message only when there are some, so a lone
message is printed as it is (and need not be a string).  The module-level functions are the
bound methods of one shared Log, `_global_log`, whose threshold starts at WARN.
"""

import sys

DEBUG, INFO, WARN, ERROR, FATAL = 1, 2, 3, 4, 5

# Which `sys` stream each known level is written to.
_DESTINATION = {DEBUG: "stdout", INFO: "stdout",
                WARN: "stderr", ERROR: "stderr", FATAL: "stderr"}


def _emit(stream, text):
    """Write `text` to `stream`; characters the stream's encoding lacks become escapes."""
    try:
        stream.write(text)
    except UnicodeEncodeError:
        codec = stream.encoding
        stream.write(text.encode(codec, "backslashreplace").decode(codec))
    stream.flush()


def _level_method(level, name):
    """A Log method that logs at the fixed `level` (Log.debug, Log.info, ...)."""
    def method(self, msg, *args):
        self._log(level, msg, args)
    method.__name__, method.__qualname__ = name, "Log." + name
    method.__doc__ = "Log `msg` (%%-formatted with `args`, if any) at level %s." % name.upper()
    return method


class Log:
    """A logger with its own threshold: messages below it are dropped."""

    def __init__(self, threshold=WARN):
        self.threshold = threshold

    def _log(self, level, msg, args):
        """Check `level`, then print `msg` % `args` if `level` reaches the threshold."""
        where = next((name for known, name in _DESTINATION.items() if known == level), None)
        if where is None:
            raise ValueError("%s wrong log level" % str(level))
        reached = level >= self.threshold
        if reached:
            text = msg % args if args else msg
            _emit(getattr(sys, where), "%s\n" % text)

    def log(self, level, msg, *args):
        """Log `msg` (%-formatted with `args`, if any) at the given level."""
        self._log(level, msg, args)

    debug = _level_method(DEBUG, "debug")
    info = _level_method(INFO, "info")
    warn = _level_method(WARN, "warn")
    error = _level_method(ERROR, "error")
    fatal = _level_method(FATAL, "fatal")


_global_log = Log()

log, debug, info, warn, error, fatal = (
    getattr(_global_log, _name) for _name in ("log", "debug", "info", "warn", "error", "fatal"))


def set_threshold(level):
    """Give the shared Log a new threshold and hand back the one it replaces."""
    replaced = _global_log.threshold
    _global_log.threshold = level
    return replaced


def set_verbosity(v):
    """Set the shared threshold from a -v count: up to 0 gives WARN, exactly 1 INFO, 2 and
    more DEBUG.  Anything else (a value strictly between 1 and 2) changes nothing."""
    wanted = WARN if v <= 0 else INFO if v == 1 else DEBUG if v >= 2 else None
    if wanted is not None:
        set_threshold(wanted)
