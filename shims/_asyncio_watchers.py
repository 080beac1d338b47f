"""The child watcher classes of asyncio (shim asyncio-child-watchers in shims/asyncio.py),
frozen apart: they are only needed where that shim is active (3.14 on), and the code of a shim
file is loaded whenever its target is imported.
"""


def make_watchers(asyncio, ctx):
    import itertools
    import os
    import threading

    events = asyncio.events
    logger = asyncio.log.logger
    thread_names = itertools.count(0)
    quiet = threading.local()       # set while the policy makes its default watcher

    def exit_code(status):
        if os.WIFSIGNALED(status):
            return -os.WTERMSIG(status)
        if os.WIFEXITED(status):
            return os.WEXITSTATUS(status)
        return status

    def announce(watcher):
        if not getattr(quiet, "on", False):
            ctx.warn("asyncio.%s" % type(watcher).__name__, stacklevel=2)

    def watch(pid, get_loop, callback, args, still_wanted, report_unknown=True):
        """Wait for pid in a thread, then call callback(pid, returncode, *args) in the loop
        get_loop() gives at that time."""
        def wait():
            try:
                _, status = os.waitpid(pid, 0)
            except ChildProcessError:
                if not report_unknown:
                    return
                returncode = 255
                logger.warning("Unknown child process pid %d, will report returncode 255", pid)
            else:
                returncode = exit_code(status)
            if not still_wanted(pid):
                return
            loop = get_loop()
            if loop is None or loop.is_closed():
                logger.warning("Loop %r that handles pid %r is closed", loop, pid)
            else:
                loop.call_soon_threadsafe(callback, pid, returncode, *args)
        thread = threading.Thread(target=wait, name="waitpid-%d" % next(thread_names),
                                  daemon=True)
        thread.start()

    class AbstractChildWatcher:
        """Abstract base class for monitoring child processes (removed in Python 3.14)."""

        def add_child_handler(self, pid, callback, *args):
            raise NotImplementedError()

        def remove_child_handler(self, pid):
            raise NotImplementedError()

        def attach_loop(self, loop):
            raise NotImplementedError()

        def close(self):
            raise NotImplementedError()

        def is_active(self):
            raise NotImplementedError()

        def __enter__(self):
            raise NotImplementedError()

        def __exit__(self, a, b, c):
            raise NotImplementedError()

    class BaseChildWatcher(AbstractChildWatcher):
        def __init__(self):
            announce(self)
            self._loop = None
            self._callbacks = {}

        def close(self):
            self.attach_loop(None)

        def is_active(self):
            return self._loop is not None and self._loop.is_running()

        def attach_loop(self, loop):
            assert loop is None or isinstance(loop, events.AbstractEventLoop)
            self._loop = loop

        def remove_child_handler(self, pid):
            return self._callbacks.pop(pid, None) is not None

        def _watch(self, pid, callback, args, report_unknown):
            self._callbacks[pid] = (callback, args)
            watch(pid, lambda: self._loop, callback, args,
                  lambda p: self._callbacks.pop(p, None) is not None, report_unknown)

    class SafeChildWatcher(BaseChildWatcher):
        """Watches each child it was given (removed in Python 3.14)."""

        def __enter__(self):
            return self

        def __exit__(self, a, b, c):
            pass

        def add_child_handler(self, pid, callback, *args):
            try:
                done, status = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                logger.warning("Unknown child process pid %d, will report returncode 255", pid)
                callback(pid, 255, *args)
                return
            if done:
                callback(pid, exit_code(status), *args)
                return
            self._watch(pid, callback, args, True)

    class FastChildWatcher(BaseChildWatcher):
        """Watches the children started inside `with watcher:` (removed in Python 3.14)."""

        def __init__(self):
            super().__init__()
            self._forks = 0

        def __enter__(self):
            self._forks += 1
            return self

        def __exit__(self, a, b, c):
            self._forks -= 1

        def add_child_handler(self, pid, callback, *args):
            assert self._forks, "Must use the context manager"
            self._watch(pid, callback, args, False)

    class MultiLoopChildWatcher(AbstractChildWatcher):
        """Serves children started from any loop (removed in Python 3.14)."""

        def __init__(self):
            announce(self)
            self._callbacks = {}
            self._attached = False

        def is_active(self):
            return self._attached

        def close(self):
            self._callbacks.clear()
            self._attached = False

        def __enter__(self):
            return self

        def __exit__(self, a, b, c):
            pass

        def attach_loop(self, loop):
            self._attached = True

        def add_child_handler(self, pid, callback, *args):
            loop = events.get_running_loop()
            self._callbacks[pid] = (loop, callback, args)
            watch(pid, lambda: loop, callback, args,
                  lambda p: self._callbacks.pop(p, None) is not None)

        def remove_child_handler(self, pid):
            return self._callbacks.pop(pid, None) is not None

    class ThreadedChildWatcher(AbstractChildWatcher):
        """Waits for each child in a thread of its own (removed in Python 3.14)."""

        def __init__(self):
            announce(self)

        def is_active(self):
            return True

        def close(self):
            pass

        def __enter__(self):
            return self

        def __exit__(self, a, b, c):
            pass

        def attach_loop(self, loop):
            pass

        def add_child_handler(self, pid, callback, *args):
            loop = events.get_running_loop()
            watch(pid, lambda: loop, callback, args, lambda p: True)

        def remove_child_handler(self, pid):
            return True

    # (3.9-3.13) It watched children through pidfds; it behaved like the threaded one.
    PidfdChildWatcher = type("PidfdChildWatcher", (AbstractChildWatcher,), dict(
        {name: ThreadedChildWatcher.__dict__[name]
         for name in ("__init__", "is_active", "close", "__enter__", "__exit__", "attach_loop",
                      "add_child_handler", "remove_child_handler")},
        __doc__="Watches children through pidfds (removed in Python 3.14)."))

    classes = {}
    for klass in (AbstractChildWatcher, BaseChildWatcher, SafeChildWatcher, FastChildWatcher,
                  MultiLoopChildWatcher, ThreadedChildWatcher, PidfdChildWatcher):
        klass.__module__ = "asyncio.unix_events"
        classes[klass.__name__] = klass

    def policy_watcher(policy):
        watcher = policy.__dict__.get("_watcher")
        if watcher is None:
            quiet.on = True
            try:
                watcher = ThreadedChildWatcher()
            finally:
                quiet.on = False
            policy._watcher = watcher
        return watcher

    def set_policy_watcher(policy, watcher):
        assert watcher is None or isinstance(watcher, AbstractChildWatcher)
        old = policy.__dict__.get("_watcher")
        if old is not None:
            old.close()
        policy._watcher = watcher

    def get_child_watcher(self):
        """Get the watcher for child processes (removed in Python 3.14)."""
        ctx.warn("the event loop policy's get_child_watcher()", stacklevel=1)
        return policy_watcher(self)

    def set_child_watcher(self, watcher):
        """Set the watcher for child processes (removed in Python 3.14)."""
        ctx.warn("the event loop policy's set_child_watcher()", stacklevel=1)
        set_policy_watcher(self, watcher)

    current_policy = (events.__dict__.get("_get_event_loop_policy")
                      or events.__dict__.get("get_event_loop_policy"))

    def module_get_child_watcher():
        """Equivalent to calling get_event_loop_policy().get_child_watcher()."""
        ctx.warn("asyncio.get_child_watcher()", stacklevel=1)
        return policy_watcher(current_policy())

    def module_set_child_watcher(watcher):
        """Equivalent to calling get_event_loop_policy().set_child_watcher(watcher)."""
        ctx.warn("asyncio.set_child_watcher()", stacklevel=1)
        set_policy_watcher(current_policy(), watcher)

    module_get_child_watcher.__name__ = module_get_child_watcher.__qualname__ = \
        "get_child_watcher"
    module_set_child_watcher.__name__ = module_set_child_watcher.__qualname__ = \
        "set_child_watcher"
    functions = {"get_child_watcher": module_get_child_watcher,
                 "set_child_watcher": module_set_child_watcher}
    methods = {"get_child_watcher": get_child_watcher, "set_child_watcher": set_child_watcher}

    def attaching(set_event_loop):
        def wrapper(self, loop):
            set_event_loop(self, loop)
            watcher = self.__dict__.get("_watcher")
            if watcher is not None and threading.current_thread() is threading.main_thread():
                watcher.attach_loop(loop)
        wrapper.__name__ = "set_event_loop"
        wrapper.__qualname__ = getattr(set_event_loop, "__qualname__", "set_event_loop")
        wrapper.__doc__ = getattr(set_event_loop, "__doc__", None)
        wrapper._pythonc_original = set_event_loop
        return wrapper

    return classes, functions, methods, attaching
