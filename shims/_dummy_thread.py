"""The `_dummy_thread` module as Python 3.8 had it (removed in 3.9), restored by pythonc.

A stand-in for `_thread` on platforms without threads: the same interface, but
start_new_thread() runs the function at once, in the calling thread, and returns when it is
done; locks never block (a blocking acquire() of a held lock succeeds at once). dummy_threading
builds its sequential copy of `threading` on it. Written from the documented interface and the
observed behaviour of 3.8; it also answers the few private questions the running threading
asks its `_thread` (thread handles, sentinels), in the same sequential way.

pythonc serves it as part of the dummy-threading-modules shim: importing dummy_threading puts it
in sys.modules, as 3.8 did.
"""

from time import sleep as _nap

__all__ = ["error", "start_new_thread", "exit", "get_ident", "allocate_lock",
           "interrupt_main", "LockType", "RLock"]

# RuntimeError is what 3.8 used as its error; TIMEOUT_MAX is the value it reported (a dummy
# lock never waits anyway).
error, TIMEOUT_MAX = RuntimeError, 2 ** 31

# _main: no start_new_thread() call is running; _interrupt: interrupt_main() was called
# from inside one, and KeyboardInterrupt is due when it returns.
_main, _interrupt = True, False

_ARG_TYPES = ((1, "2nd", tuple), (2, "3rd", dict))


def start_new_thread(function, args, kwargs={}):
    """Call function(*args, **kwargs) now, in the calling thread.

    SystemExit ends the "thread" quietly; any other exception is printed with its traceback,
    as a real thread would. If the function called interrupt_main(), KeyboardInterrupt is
    raised once it has returned. Returns None."""
    given = (function, args, kwargs)
    for position, ordinal, wanted in _ARG_TYPES:
        if type(given[position]) is not wanted:
            raise TypeError("%s arg must be a %s" % (ordinal, wanted.__name__))
    global _main, _interrupt
    _main = False
    try:
        function(*args, **kwargs)
    except BaseException as problem:
        if not isinstance(problem, SystemExit):
            from traceback import print_exc
            print_exc()
    finally:
        _main = True
    due, _interrupt = _interrupt, False
    if due:
        raise KeyboardInterrupt


def interrupt_main():
    """Raise KeyboardInterrupt in the main thread: at once when called from it, else when
    the running start_new_thread() call returns."""
    global _interrupt
    if not _main:
        _interrupt = True
        return
    raise KeyboardInterrupt


def exit():
    """End the current "thread" (raises SystemExit)."""
    raise SystemExit


def stack_size(size=None):
    """0; setting a stack size is not supported (RuntimeError)."""
    if size is None:
        return 0
    raise error("setting thread stack size not supported")


class LockType(object):
    """A lock for a program with one thread: it records in `locked_status` whether it is
    held, and a blocking acquire() never waits."""

    # Instance attributes every new lock starts with (subclasses extend the table).
    _start_state = (("locked_status", False),)

    def __init__(self):
        for attribute, value in self._start_state:
            setattr(self, attribute, value)

    def acquire(self, waitflag=None, timeout=-1):
        """Take the lock. Blocking (waitflag None or true): always succeeds. Non-blocking:
        succeeds only if the lock is free; otherwise, with a positive timeout, sleeps that
        long first, then returns False."""
        got = waitflag is None or bool(waitflag) or not self.locked_status
        if got:
            self.locked_status = got
        elif timeout > 0:
            _nap(timeout)
        return got

    def release(self):
        """Free the lock (True); RuntimeError if it is not held."""
        held, self.locked_status = self.locked_status, False
        if held:
            return True
        raise error

    def locked(self):
        """Whether the lock is held."""
        return self.locked_status

    __enter__ = acquire

    def __exit__(self, *exc_info):
        self.release()

    def _at_fork_reinit(self):
        vars(self).update(self._start_state)

    def __repr__(self):
        kind = type(self)
        return "<%s %s.%s object at %#x>" % (("unlocked", "locked")[bool(self.locked_status)],
                                               kind.__module__, kind.__qualname__, id(self))


class RLock(LockType):
    """A re-entrant dummy lock: counts its acquisitions in `_levels` and is free again
    after as many releases."""

    _start_state = LockType._start_state + (("_levels", 0),)

    def acquire(self, waitflag=None, timeout=-1):
        got = LockType.acquire(self, waitflag, timeout)
        self._levels += got
        return got

    # (3.8's RLock kept LockType.acquire as __enter__, so leaving a `with` block raised
    # RuntimeError, and so did Condition.wait() and thread-local attributes, which rely on it.
    # The running threading module takes its own internal locks with `with` on an RLock, so
    # here `with` counts like acquire().)
    __enter__ = acquire

    def release(self):
        depth = self._levels
        if not depth:
            raise error
        if depth == 1:
            LockType.release(self)
        self._levels = depth - 1


def _returning(value):
    return lambda: value


def _locking():
    return lambda: LockType()


# The small functions of the interface (and the private ones the running threading module
# asks its _thread for): (name, implementation, docstring).
for _name, _impl, _doc in (
        ("get_ident", _returning(1), "The identifier of the only thread there is: 1."),
        ("allocate_lock", _locking(), "A new dummy lock (LockType)."),
        ("_set_sentinel", _locking(),
         "The lock a thread's end is signalled with (a fresh dummy lock)."),
        ("daemon_threads_allowed", _returning(True), None),
        ("_is_main_interpreter", _returning(True), None),
        ("_get_main_thread_ident", _returning(1), None),
        ("_shutdown", _returning(None), None)):
    _impl.__name__ = _impl.__qualname__ = _name
    _impl.__doc__ = _doc
    globals()[_name] = _impl
del _name, _impl, _doc, _returning, _locking


class _local(object):
    """Thread-local data where there is one thread: a plain object (what threading takes
    as `local` from 3.13 on, which cannot fall back to _threading_local while it is itself
    being imported)."""

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        return object.__new__(cls)


class _ThreadHandle(object):
    """The handle of a "thread": done once its function has returned."""

    def __init__(self, ident=None):
        self.ident, self._done = ident, False

    def is_done(self):
        return self._done

    def _set_done(self):
        self._done = True

    def join(self, timeout=None):
        return None


_make_thread_handle = _ThreadHandle


def start_joinable_thread(function, handle=None, daemon=True):
    """start_new_thread() with a handle, which is done when this returns."""
    handle = _ThreadHandle() if handle is None else handle
    handle.ident = get_ident()
    try:
        start_new_thread(function, ())
    finally:
        handle._set_done()
    return handle
