"""Shims for the asyncio package.

asyncio-coroutine-decorator: `@asyncio.coroutine` (deprecated 3.8, removed 3.11) turned a
generator function into a generator-based coroutine function, and wrapped a plain function so
that it could be awaited.  Written here from the documented behaviour, not from the old source:

- Decorating warns once, attributed to the decorated definition (3.8-3.10 did the same);
  calling the result does not warn.  A native coroutine function comes back unchanged.
- The result is recognised by asyncio.iscoroutinefunction() through asyncio's own marker
  attribute (asyncio.coroutines._is_coroutine, present 3.5-3.14); inspect is left alone, as
  on 3.10, unless that marker is gone, where inspect.markcoroutinefunction() stands in.
- Calling it returns a coroutine object that wraps the generator.  From 3.12 asyncio accepts
  only coroutine objects (asyncio.iscoroutine() is False for a generator), so the wrapper is
  a registered collections.abc.Coroutine; it is also an iterator over the generator, so
  `yield from` (in any generator), next() and send() drive the generator directly, as before.
- The generator function itself is passed through types.coroutine(), so its body may
  `yield from` native coroutines and futures.

The other shims here (each section below says what 3.8 was observed to do):
asyncio-loop-param-primitives, asyncio-loop-param-highlevel (loop= of the locks, queues and
high-level functions, 3.10), asyncio-wait-coroutines (3.11), asyncio-get-event-loop-warning-312
and asyncio-get-event-loop-no-implicit (the loop get_event_loop() made on demand, 3.12/3.14),
asyncio-task-current-all-tasks (3.9), asyncio-lock-await-yield-from (3.9) and
asyncio-set-default-executor-type (3.11).  Wrappers that replace a function asyncio still has
pass every modern call straight to the original.
"""
from _compat_engine import export, shim, type_setattr, unexport

_DECORATOR = "coroutine"


class _LegacyCoroutine:
    """What a call of an @asyncio.coroutine function returns: its generator, as a coroutine."""

    __slots__ = ("_gen", "__weakref__")

    def __init__(self, gen):
        self._gen = gen

    # The coroutine protocol: asyncio's Task drives the object through these.
    def send(self, value):
        return self._gen.send(value)

    def throw(self, *exc_info):
        return self._gen.throw(*exc_info)

    def close(self):
        return self._gen.close()

    def __await__(self):
        # __await__ must not hand out the coroutine-flagged generator itself: delegate to it.
        return (yield from self._gen)

    # Still usable the way the old generator was.
    def __iter__(self):
        return self._gen

    def __next__(self):
        return next(self._gen)

    # What asyncio's reprs of tasks look at (asyncio.coroutines._format_coroutine).
    def __getattr__(self, name):
        if name in ("__name__", "__qualname__", "gi_code", "gi_frame", "gi_running",
                    "gi_yieldfrom", "gi_suspended"):
            return getattr(self._gen, name)
        raise AttributeError("%r object has no attribute %r" % (type(self).__name__, name))

    def __repr__(self):
        return "<coroutine object %s (pythonc @asyncio.coroutine)>" % (
            getattr(self._gen, "__qualname__", "?"),)


def _plain_runner(func, isfuture):
    """The generator function standing for a decorated plain function: call it when the
    coroutine is first driven, then wait for its result if that is something asyncio waits
    for (a future, a generator-based or native coroutine, any awaitable)."""
    import collections.abc
    import types

    def run(*args, **kwargs):
        result = func(*args, **kwargs)
        if isinstance(result, (types.GeneratorType, _LegacyCoroutine)) or isfuture(result):
            result = yield from result
        elif isinstance(result, collections.abc.Awaitable):
            result = yield from result.__await__()
        return result
    return run


def _make_decorator(asyncio, ctx):
    import functools
    import inspect
    import types

    marker = getattr(asyncio.coroutines, "_is_coroutine", None)
    isfuture = asyncio.futures.isfuture

    def coroutine(func):
        """Legacy decorator for generator-based coroutines (removed in Python 3.11)."""
        ctx.warn("@asyncio.coroutine", stacklevel=1)
        if inspect.iscoroutinefunction(func):  # already native: nothing to do
            return func
        body = func if inspect.isgeneratorfunction(func) else _plain_runner(func, isfuture)
        make_generator = types.coroutine(body)

        def start(*args, **kwargs):
            return _LegacyCoroutine(make_generator(*args, **kwargs))

        functools.update_wrapper(start, func)
        if marker is not None:
            start._is_coroutine = marker
        elif hasattr(inspect, "markcoroutinefunction"):
            inspect.markcoroutinefunction(start)
        return start

    coroutine.__module__ = "asyncio.coroutines"
    coroutine.__qualname__ = _DECORATOR
    return coroutine


@shim("asyncio-coroutine-decorator", removed_in="3.11", replacement="async def",
      kind="function")
def _coroutine_decorator(asyncio, ctx):
    # Only modules asyncio itself has finished importing are used here and below: the shim
    # may run while other threads hold import locks.
    import collections.abc
    coroutines = asyncio.coroutines
    collections.abc.Coroutine.register(_LegacyCoroutine)
    decorator = _make_decorator(asyncio, ctx)
    for module in (asyncio, coroutines):
        if ctx.restore(module, _DECORATOR, decorator):
            export(module, _DECORATOR)      # `from asyncio import *` gave it up to 3.10


@_coroutine_decorator.hide
def _hide_coroutine_decorator(asyncio):
    for module in (asyncio, asyncio.coroutines):
        module.__dict__.pop(_DECORATOR, None)
        unexport(module, _DECORATOR)


# ---- the loop= parameter (removed in 3.10) --------------------------------------------------
#
# Observed on 3.8: passing loop= (not None) warned DeprecationWarning at the caller; loop=None
# was accepted silently.  Lock, Event, Semaphore warned once; Condition, BoundedSemaphore and
# the queues warned a second time from asyncio's own file (they created an inner primitive
# with the same loop).  The primitive was bound to the given loop.  Coroutine functions (sleep,
# wait, wait_for, the streams and subprocess helpers) warned when their body started, so from
# the awaiting frame; shield warned at the call; gather warned only when given no awaitables;
# as_completed (a generator) warned at its first step, three times.  sleep(0) and less, which
# 3.8 answered at once, did not look at loop.

_LOOP_INSTEAD = "no loop= (create it, or call it, inside the running loop)"
_SHIMS_PREFIX = __name__.rpartition(".")[0] + "."     # this file's wrappers (gather, ...)
_relays = {}


def _warn_from_module(ctx, module, line, what):
    """Warn as if from `module`'s own file, where 3.8 warned a second time from asyncio's
    internals (an inner primitive made with the caller's loop)."""
    key = (module.__name__, line)
    relay = _relays.get(key)
    if relay is None:
        source = "\n" * max(line - 2, 0) + (
            "def relay(ctx, what, instead):\n"
            "    ctx.warn(what, instead, stacklevel=0)\n")
        namespace = {"__name__": module.__name__}
        exec(compile(source, getattr(module, "__file__", None) or module.__name__, "exec"),
             namespace)
        relay = _relays.setdefault(key, namespace["relay"])
    relay(ctx, what, _LOOP_INSTEAD)


def _first_line(function):
    code = getattr(function, "__code__", None)
    return code.co_firstlineno + 1 if code is not None else 1


def _loop_init(ctx, cls, original, inner, after):
    """A replacement __init__ for cls taking loop= as 3.8 did.  inner(loop, args, kwargs)
    returns the arguments for the original __init__ and whether 3.8 warned a second time;
    after(self, loop) binds what else 3.8 bound to the loop."""
    what = "the loop argument of asyncio.%s()" % cls.__name__
    modules = __import__("sys").modules
    module = modules.get(cls.__module__)
    line = _first_line(original)
    # 3.10's own subclasses hand their default loop=mixins._marker on to the base class.
    unset = getattr(modules.get("asyncio.mixins"), "_marker", None)

    def __init__(self, *args, loop=None, **kwargs):
        if loop is None or (unset is not None and loop is unset):
            original(self, *args, **kwargs)
            return
        if _internal(original):     # 3.8/3.9's own calls (simulated removal only)
            original(self, *args, loop=loop, **kwargs)
            return
        ctx.warn(what, _LOOP_INSTEAD, stacklevel=1)
        again = False
        if inner is not None:
            args, kwargs, again = inner(loop, args, kwargs)
        original(self, *args, **kwargs)
        self._loop = loop
        if after is not None:
            after(self, loop)
        if again and module is not None:
            _warn_from_module(ctx, module, line, what)

    __init__.__name__ = "__init__"
    __init__.__qualname__ = cls.__qualname__ + ".__init__"
    __init__.__module__ = cls.__module__
    __init__.__doc__ = original.__doc__
    __init__._pythonc_original = original
    return __init__


@shim("asyncio-loop-param-primitives", removed_in="3.10",
      replacement="create the primitives inside the running loop without loop=",
      kind="parameter")
def _loop_param_primitives(asyncio, ctx):
    locks, queues = asyncio.locks, asyncio.queues

    def condition_inner(loop, args, kwargs):
        # Condition(lock=None, *, loop=None): 3.8 made the inner Lock with the same loop
        # (warning again) and refused a lock bound to another loop.
        args = list(args)
        lock = args[0] if args else kwargs.get("lock")
        again = lock is None
        if lock is None:
            lock = locks.Lock()
            lock._loop = loop
        else:
            bound = getattr(lock, "_loop", None)
            if bound is not None and bound is not loop:
                raise ValueError("loop argument must agree with lock")
        if args:
            args[0] = lock
        else:
            kwargs = dict(kwargs, lock=lock)
        return tuple(args), kwargs, again

    def warns_again(loop, args, kwargs):
        return args, kwargs, True

    def queue_after(self, loop):
        # 3.8 bound the queue's inner Event (join()) to the loop as well.
        finished = getattr(self, "_finished", None)
        if finished is not None and getattr(finished, "_loop", False) is None:
            finished._loop = loop

    plan = [(locks.Lock, None, None), (locks.Event, None, None),
            (locks.Condition, condition_inner, None), (locks.Semaphore, None, None),
            (locks.BoundedSemaphore, warns_again, None), (queues.Queue, warns_again, queue_after)]
    for cls, inner, after in plan:
        original = cls.__dict__.get("__init__")
        if original is None or hasattr(original, "_pythonc_original"):
            continue
        cls.__init__ = _loop_init(ctx, cls, original, inner, after)


@_loop_param_primitives.hide
def _hide_loop_param_primitives(asyncio):
    for cls in (asyncio.locks.Lock, asyncio.locks.Event, asyncio.locks.Condition,
                asyncio.locks.Semaphore, asyncio.locks.BoundedSemaphore, asyncio.queues.Queue):
        original = cls.__dict__.get("__init__")
        if original is not None:
            cls.__init__ = _refusing_loop(cls.__name__, original, is_init=True)


def _publish(asyncio, submodule, name, original, wrapper):
    """Put wrapper in place of original in asyncio and its submodule (where they still hold
    the original)."""
    wrapper.__name__ = wrapper.__qualname__ = name
    wrapper.__module__ = getattr(original, "__module__", submodule.__name__)
    wrapper.__doc__ = getattr(original, "__doc__", None)
    wrapper._pythonc_original = original
    for module in (submodule, asyncio):
        if module.__dict__.get(name) is original:
            setattr(module, name, wrapper)


def _as_task(ensure_future, aws, loop):
    """ensure_future() each awaitable on loop, one task per distinct object (gather took
    the same coroutine twice as one child)."""
    made = {}
    children = []
    for aw in aws:
        child = made.get(id(aw))
        if child is None:
            child = made[id(aw)] = ensure_future(aw, loop=loop)
        children.append(child)
    return children


def _loop_param_wrappers(asyncio, ctx):
    tasks = asyncio.tasks
    ensure_future = tasks.ensure_future
    isfuture = asyncio.futures.isfuture
    iscoroutine = asyncio.coroutines.iscoroutine

    def what(name):
        return "the loop argument of asyncio.%s()" % name

    sleep0 = tasks.sleep

    async def sleep(delay, result=None, *, loop=None):
        if loop is None:
            return await sleep0(delay, result)
        if _internal(sleep0):   # 3.8/3.9's own calls (simulated removal only)
            return await sleep0(delay, result, loop=loop)
        ctx.warn(what("sleep"), _LOOP_INSTEAD, stacklevel=1)
        if delay <= 0:      # answered at once, loop unused (3.8 did not warn here)
            return await sleep0(delay, result)
        future = loop.create_future()
        handle = loop.call_later(delay, _resolve_unless_cancelled, future, result)
        try:
            return await future
        finally:
            handle.cancel()

    wait_for0 = tasks.wait_for

    async def wait_for(fut, timeout, *, loop=None):
        if loop is not None:
            if _internal(wait_for0):
                return await wait_for0(fut, timeout, loop=loop)
            ctx.warn(what("wait_for"), _LOOP_INSTEAD, stacklevel=1)
            fut = ensure_future(fut, loop=loop)
        return await wait_for0(fut, timeout)

    shield0 = tasks.shield

    def shield(arg, *, loop=None):
        if loop is not None:
            if _internal(shield0):
                return shield0(arg, loop=loop)
            ctx.warn(what("shield"), _LOOP_INSTEAD, stacklevel=1)
            arg = ensure_future(arg, loop=loop)
        return shield0(arg)

    gather0 = tasks.gather

    def gather(*coros_or_futures, loop=None, return_exceptions=False):
        if loop is None:
            return gather0(*coros_or_futures, return_exceptions=return_exceptions)
        if _internal(gather0):
            return gather0(*coros_or_futures, loop=loop, return_exceptions=return_exceptions)
        ctx.warn(what("gather"), _LOOP_INSTEAD, stacklevel=1)
        if not coros_or_futures:
            outer = loop.create_future()
            outer.set_result([])
            return outer
        children = _as_task(ensure_future, coros_or_futures, loop)
        return gather0(*children, return_exceptions=return_exceptions)

    as_completed0 = tasks.as_completed

    def as_completed(fs, *, loop=None, timeout=None):
        if loop is None:
            return as_completed0(fs, timeout=timeout)
        if _internal(as_completed0):
            return as_completed0(fs, loop=loop, timeout=timeout)
        return _as_completed_on(fs, loop, timeout)

    def _as_completed_on(fs, loop, timeout):
        # A generator, as 3.8's was: nothing happens before the first step.  3.8 warned
        # from its own file for its inner queue (twice), then at the caller.
        queues = asyncio.queues
        _warn_from_module(ctx, tasks, _first_line(as_completed0), what("Queue"))
        queue_init = queues.Queue.__init__
        _warn_from_module(ctx, queues, _first_line(getattr(queue_init, "_pythonc_original",
                                                           queue_init)), what("Event"))
        ctx.warn(what("as_completed"), _LOOP_INSTEAD, stacklevel=1)
        if isfuture(fs) or iscoroutine(fs):
            raise TypeError("expect an iterable of futures, not %s" % type(fs).__name__)
        todo = {ensure_future(f, loop=loop) for f in set(fs)}
        return (yield from as_completed0(todo, timeout=timeout))

    _publish(asyncio, tasks, "sleep", sleep0, sleep)
    _publish(asyncio, tasks, "wait_for", wait_for0, wait_for)
    _publish(asyncio, tasks, "shield", shield0, shield)
    _publish(asyncio, tasks, "gather", gather0, gather)
    _publish(asyncio, tasks, "as_completed", as_completed0, as_completed)
    _wait_feature(asyncio, "loop", ctx)

    # Streams and subprocesses: 3.8 ran them on the given loop, which old code passed as
    # the running one; they now always use the running loop.
    streams = asyncio.streams
    for name in ("open_connection", "start_server", "open_unix_connection",
                 "start_unix_server"):
        original = streams.__dict__.get(name)
        if original is not None:
            _publish(asyncio, streams, name, original, _loop_dropping(ctx, name, original))
    subprocess = getattr(asyncio, "subprocess", None)
    for name in ("create_subprocess_exec", "create_subprocess_shell"):
        original = subprocess.__dict__.get(name) if subprocess is not None else None
        if original is not None:
            _publish(asyncio, subprocess, name, original, _loop_dropping(ctx, name, original))


def _resolve_unless_cancelled(future, result):
    if not future.cancelled():
        future.set_result(result)


def _loop_dropping(ctx, name, original):
    what = "the loop argument of asyncio.%s()" % name

    async def wrapper(*args, loop=None, **kwargs):
        if loop is not None:
            if _internal(original):
                return await original(*args, loop=loop, **kwargs)
            ctx.warn(what, _LOOP_INSTEAD, stacklevel=1)
        return await original(*args, **kwargs)
    return wrapper


def _wait_feature(asyncio, feature, ctx):
    """asyncio.wait() serves two shims (loop=, bare coroutines): one wrapper, which knows
    which of them are applied."""
    tasks = asyncio.tasks
    current = tasks.wait
    features = getattr(current, "_pythonc_features", None)
    if features is None:
        features = {}
        _publish(asyncio, tasks, "wait", current, _make_wait(asyncio, current, features))
    features[feature] = ctx


def _make_wait(asyncio, wait0, features):
    tasks = asyncio.tasks
    ensure_future = tasks.ensure_future
    isfuture = asyncio.futures.isfuture
    iscoroutine = asyncio.coroutines.iscoroutine
    get_running_loop = asyncio.events.get_running_loop

    async def wait(fs, *, loop=None, timeout=None, return_when=tasks.ALL_COMPLETED):
        loop_ctx = features.get("loop")
        coro_ctx = features.get("coroutines")
        if loop is not None:
            if loop_ctx is None or _internal(wait0):   # that shim is off, or asyncio's own
                # call (3.8/3.9): as this runtime does
                return await wait0(fs, loop=loop, timeout=timeout, return_when=return_when)
            loop_ctx.warn("the loop argument of asyncio.wait()", _LOOP_INSTEAD, stacklevel=1)
        if not (isfuture(fs) or iscoroutine(fs)):
            fs = set(fs)
            coroutines = coro_ctx is not None and any(iscoroutine(f) for f in fs)
            if coroutines and loop is None:     # (one warning per call, as 3.8 gave)
                coro_ctx.warn("asyncio.wait() with coroutines", stacklevel=1)
            if loop is not None or coroutines:
                # 3.8 made a task of every awaitable, on the given or the running loop.
                target = loop if loop is not None else get_running_loop()
                fs = {f if iscoroutine(f) and coro_ctx is None
                      else ensure_future(f, loop=target) for f in fs}
        return await wait0(fs, timeout=timeout, return_when=return_when)

    wait._pythonc_features = features
    return wait


def _from_asyncio(depth):
    """Whether the frame `depth` levels above the caller belongs to asyncio itself (3.8 and
    3.9 pass loop= between their own functions and classes).  asyncio.events, which runs
    callbacks and task steps, does not count."""
    frame = __import__("sys")._getframe(depth + 1)
    name = frame.f_globals.get("__name__") or ""
    return name == "asyncio" or (name.startswith("asyncio.") and name != "asyncio.events")


def _from_shims(depth):
    """Whether the frame `depth` levels above the caller is one of this file's wrappers."""
    frame = __import__("sys")._getframe(depth + 1)
    return (frame.f_globals.get("__name__") or "").startswith(_SHIMS_PREFIX)


def _internal(original):
    """In a wrapper given loop=: whether this is asyncio's own call on a runtime that still
    has loop= and only plays its removal (then the original takes it as it is).  Always
    False where loop= is really gone."""
    return getattr(original, "_pythonc_refusing", False) and _from_asyncio(2)


def _refusing_loop(name, original, is_init=False):
    """3.10's refusal of loop= on an older runtime (simulated removal); asyncio's own calls
    keep it."""
    label = "__init__" if is_init else name

    def refusing(*args, **kwargs):
        if "loop" in kwargs and not (_from_asyncio(1) or _from_shims(1)):
            raise TypeError("%s() got an unexpected keyword argument 'loop'" % label)
        return original(*args, **kwargs)
    for attr in ("__name__", "__qualname__", "__module__", "__doc__"):
        setattr(refusing, attr, getattr(original, attr, None))
    refusing._pythonc_refusing = True
    return refusing


_HIGHLEVEL = (("tasks", ("sleep", "wait", "wait_for", "shield", "gather", "as_completed")),
              ("streams", ("open_connection", "start_server", "open_unix_connection",
                           "start_unix_server")),
              ("subprocess", ("create_subprocess_exec", "create_subprocess_shell")))


@shim("asyncio-loop-param-highlevel", removed_in="3.10",
      replacement="drop loop=; call from inside the running loop (asyncio.run / get_running_loop)",
      kind="parameter")
def _loop_param_highlevel(asyncio, ctx):
    _loop_param_wrappers(asyncio, ctx)


@_loop_param_highlevel.hide
def _hide_loop_param_highlevel(asyncio):
    for submodule_name, names in _HIGHLEVEL:
        submodule = getattr(asyncio, submodule_name, None)
        for name in names:
            original = submodule.__dict__.get(name) if submodule is not None else None
            if original is not None:
                wrapper = _refusing_loop(name, original)
                for module in (submodule, asyncio):
                    if module.__dict__.get(name) is original:
                        setattr(module, name, wrapper)


# ---- asyncio.wait() with bare coroutines (refused since 3.11) -------------------------------
#
# 3.8 made a task of each (on the running loop) without a warning; the done/pending sets then
# hold those tasks, not the coroutines.

@shim("asyncio-wait-coroutines", removed_in="3.11", replacement="wrap with asyncio.create_task()",
      kind="behaviour-change")
def _wait_coroutines(asyncio, ctx):
    _wait_feature(asyncio, "coroutines", ctx)


@_wait_coroutines.hide
def _hide_wait_coroutines(asyncio):
    tasks = asyncio.tasks
    wait0 = tasks.wait
    isfuture = asyncio.futures.isfuture
    iscoroutine = asyncio.coroutines.iscoroutine

    async def wait(fs, *, timeout=None, return_when=tasks.ALL_COMPLETED, **kwargs):
        if not (isfuture(fs) or iscoroutine(fs)):
            fs = set(fs)
            if any(iscoroutine(f) for f in fs):
                raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
        return await wait0(fs, timeout=timeout, return_when=return_when, **kwargs)
    _publish(asyncio, tasks, "wait", wait0, wait)


# ---- asyncio.get_event_loop() with no current loop ------------------------------------------
#
# 3.8, in the main thread, when no loop had ever been set there: made a new loop, set it as
# the current one and returned it, silently.  Once set_event_loop() had been called (even
# with None), or in another thread, it raised RuntimeError.  3.12 and 3.13 warn
# (DeprecationWarning) before making the loop; 3.14 raises.  Both shims act in the default
# policy's get_event_loop(), which asyncio.get_event_loop() calls.

def _default_policy_class(asyncio):
    events = asyncio.events
    return (events.__dict__.get("BaseDefaultEventLoopPolicy")
            or events.__dict__.get("_BaseDefaultEventLoopPolicy"))


def _would_make_loop(policy, threading):
    """No loop was ever set in this thread, and it is the main thread."""
    local = policy._local
    if local._loop is not None or getattr(local, "_set_called", False):
        return False
    if "_loop" in vars(local):         # set_event_loop(None) was called (3.14 keeps no flag)
        return False
    return threading.current_thread() is threading.main_thread()


def _caller_level():
    """ctx.warn()'s stacklevel from get_event_loop() to the first frame outside asyncio
    (and outside the wrappers above)."""
    frame = __import__("sys")._getframe(2)
    level = 1
    while frame is not None:
        name = frame.f_globals.get("__name__") or ""
        if name != "asyncio" and not name.startswith(("asyncio.", _SHIMS_PREFIX)):
            return level
        frame = frame.f_back
        level += 1
    return 1


def _implicit_loop_feature(asyncio, feature, ctx):
    """One get_event_loop() wrapper serves both shims: "silent" (no DeprecationWarning,
    3.12) and "create" (make the loop at all, 3.14)."""
    import threading
    import sys
    cls = _default_policy_class(asyncio)
    current = cls.__dict__["get_event_loop"]
    features = getattr(current, "_pythonc_features", None)
    if features is None:
        features = {}
        original = current

        def get_event_loop(self):
            if not _would_make_loop(self, threading):
                return original(self)
            ctx = features.get("silent") or features.get("create")
            if ctx is None or ("create" not in features and sys.version_info >= (3, 14)):
                return original(self)
            ctx.warn("asyncio.get_event_loop() creating a loop implicitly",
                     stacklevel=_caller_level())
            loop = self.new_event_loop()
            self.set_event_loop(loop)
            return loop

        get_event_loop.__qualname__ = cls.__qualname__ + ".get_event_loop"
        get_event_loop.__module__ = cls.__module__
        get_event_loop.__doc__ = original.__doc__
        get_event_loop._pythonc_features = features
        get_event_loop._pythonc_original = original
        cls.get_event_loop = get_event_loop
    features[feature] = ctx


def _hide_implicit_loop(asyncio, how):
    """Simulated removal on an older runtime: 3.12's warning, or 3.14's error."""
    import threading
    import warnings
    cls = _default_policy_class(asyncio)
    original = cls.__dict__["get_event_loop"]

    def get_event_loop(self):
        if _would_make_loop(self, threading):
            if how == "raise":
                raise RuntimeError("There is no current event loop in thread %r."
                                   % threading.current_thread().name)
            warnings.warn("There is no current event loop", DeprecationWarning,
                          stacklevel=_caller_level() + 1)
        return original(self)
    get_event_loop.__qualname__ = original.__qualname__
    cls.get_event_loop = get_event_loop


@shim("asyncio-get-event-loop-warning-312", removed_in="3.12",
      replacement="asyncio.run() / asyncio.Runner, or new_event_loop() + set_event_loop()",
      kind="behaviour-change")
def _get_event_loop_silent(asyncio, ctx):
    _implicit_loop_feature(asyncio, "silent", ctx)


@_get_event_loop_silent.hide
def _hide_get_event_loop_silent(asyncio):
    _hide_implicit_loop(asyncio, "warn")


@shim("asyncio-get-event-loop-no-implicit", removed_in="3.14",
      replacement="asyncio.run() / asyncio.Runner, or new_event_loop() + set_event_loop()",
      kind="behaviour-change")
def _get_event_loop_implicit(asyncio, ctx):
    _implicit_loop_feature(asyncio, "create", ctx)


@_get_event_loop_implicit.hide
def _hide_get_event_loop_implicit(asyncio):
    _hide_implicit_loop(asyncio, "raise")


# ---- Task.current_task() / Task.all_tasks() (removed in 3.9) --------------------------------
#
# 3.8: both classmethods (also reachable from subclasses and instances) took one optional
# loop, warned DeprecationWarning at the caller, and with no loop used get_event_loop() (so
# they could make the loop, or raise RuntimeError, as it did).  current_task() answered the
# task running in that loop or None; all_tasks() a new set of that loop's tasks, done ones
# included while something still held them.
#
# asyncio.Task is the C type _asyncio.Task, which refuses new attributes; the classmethods go
# into its namespace through the engine's type_setattr() (launcher/type_attr.c), which also
# invalidates the cached lookups.  asyncio.Task itself is not replaced.

_TASK_REGISTRIES = ("_all_tasks", "_scheduled_tasks", "_eager_tasks")   # seen on 3.11-3.13


def _set_on_type(klass, name, value):
    """klass.name = value, also on an immutable (C) type.  Returns whether it was set."""
    try:
        setattr(klass, name, value)
    except TypeError:
        type_setattr(klass, name, value)
    return True


def _del_from_type(klass, name):
    if name in vars(klass):
        type_setattr(klass, name)


def _task_classes(asyncio):
    tasks = asyncio.tasks
    found = []
    for klass in (tasks.Task, tasks.__dict__.get("_PyTask"), tasks.__dict__.get("_CTask")):
        if isinstance(klass, type) and klass not in found:
            found.append(klass)
    return found


@shim("asyncio-task-current-all-tasks", removed_in="3.9",
      replacement="asyncio.current_task() / asyncio.all_tasks()", kind="method")
def _task_classmethods(asyncio, ctx):
    tasks, events = asyncio.tasks, asyncio.events

    def current_task(cls, loop=None):
        """Return the currently running task in an event loop or None (removed in 3.9)."""
        ctx.warn("Task.current_task()", "asyncio.current_task()", stacklevel=1)
        if loop is None:
            loop = events.get_event_loop()
        return tasks.current_task(loop)

    def all_tasks(cls, loop=None):
        """Return a set of all tasks for an event loop (removed in 3.9)."""
        ctx.warn("Task.all_tasks()", "asyncio.all_tasks()", stacklevel=1)
        if loop is None:
            loop = events.get_event_loop()
        found = set(tasks.all_tasks(loop))
        get_loop = asyncio.futures._get_loop
        for name in _TASK_REGISTRIES:     # done tasks still alive, where they can be seen
            registry = tasks.__dict__.get(name)
            if registry is None:
                continue
            for task in list(registry):
                try:
                    if get_loop(task) is loop:
                        found.add(task)
                except Exception:
                    pass
        return found

    for function in (current_task, all_tasks):
        function.__module__ = "_asyncio"
    for klass in _task_classes(asyncio):
        for function in (current_task, all_tasks):
            if not any(function.__name__ in vars(k) for k in klass.__mro__):
                function.__qualname__ = "Task." + function.__name__
                if _set_on_type(klass, function.__name__, classmethod(function)):
                    ctx._undo_steps.append(
                        lambda k=klass, n=function.__name__: _del_from_type(k, n))


@_task_classmethods.hide
def _hide_task_classmethods(asyncio):
    for klass in _task_classes(asyncio):
        for name in ("current_task", "all_tasks"):
            _del_from_type(klass, name)


# ---- `with (await lock):` / `with (yield from lock):` (removed in 3.9) -----------------------
#
# 3.8: awaiting (or `yield from`) a Lock, Condition, Semaphore or BoundedSemaphore warned
# DeprecationWarning at that line, acquired it and returned a `_ContextManager` whose exit
# released it (once: a second exit failed on its cleared `_lock`); entering it gave None.
# `with lock:` itself raised RuntimeError from __enter__.

class _ContextManager:
    """What `await lock` and `yield from lock` gave: releases the lock when the with block
    ends (removed in Python 3.9)."""

    def __init__(self, lock):
        self._lock = lock

    def __enter__(self):
        return None

    def __exit__(self, *args):
        try:
            self._lock.release()
        finally:
            self._lock = None


_LOCK_INSTEAD = "async with lock"


@shim("asyncio-lock-await-yield-from", removed_in="3.9", replacement="async with lock:",
      kind="method")
def _lock_await(asyncio, ctx):
    locks = asyncio.locks
    mixin = locks.__dict__.get("_ContextManagerMixin")
    if mixin is None:
        return
    _ContextManager.__module__ = locks.__name__

    def __await__(self):
        ctx.warn("'with await lock'", _LOCK_INSTEAD, stacklevel=1)
        yield from self.acquire().__await__()
        return _ContextManager(self)

    def __iter__(self):
        ctx.warn("'with (yield from lock)'", _LOCK_INSTEAD, stacklevel=1)
        yield from self.acquire().__await__()
        return _ContextManager(self)

    def __enter__(self):
        raise RuntimeError('"yield from" should be used as context manager expression')

    def __exit__(self, *args):
        # Never reached by a with statement (__enter__ raises); there for the protocol.
        pass

    for function in (__await__, __iter__, __enter__, __exit__):
        function.__qualname__ = mixin.__qualname__ + "." + function.__name__
        function.__module__ = locks.__name__
        ctx.restore(mixin, function.__name__, function)
    ctx.restore(locks, "_ContextManager", _ContextManager)


@_lock_await.hide
def _hide_lock_await(asyncio):
    locks = asyncio.locks
    mixin = locks.__dict__.get("_ContextManagerMixin")
    for name in ("__await__", "__iter__", "__enter__", "__exit__"):
        if mixin is not None and name in vars(mixin):
            delattr(mixin, name)
    locks.__dict__.pop("_ContextManager", None)


# ---- loop.set_default_executor() with another executor (refused since 3.11) -----------------
#
# 3.8 warned DeprecationWarning at the caller for anything but a ThreadPoolExecutor (None and
# non-executors included) and stored it all the same; run_in_executor(None, ...) then
# submitted to it (None: a fresh ThreadPoolExecutor on next use).

@shim("asyncio-set-default-executor-type", removed_in="3.11",
      replacement="pass a concurrent.futures.ThreadPoolExecutor", kind="behaviour-change")
def _set_default_executor(asyncio, ctx):
    base_events = asyncio.base_events
    loop_class = base_events.BaseEventLoop
    original = loop_class.__dict__["set_default_executor"]

    def set_default_executor(self, executor):
        # (looked up here: concurrent.futures imports its thread pool on first access)
        if isinstance(executor, base_events.concurrent.futures.ThreadPoolExecutor):
            return original(self, executor)
        ctx.warn("loop.set_default_executor() with a %s" % type(executor).__name__,
                 stacklevel=1)
        self._default_executor = executor

    set_default_executor.__qualname__ = original.__qualname__
    set_default_executor.__module__ = original.__module__
    set_default_executor.__doc__ = original.__doc__
    set_default_executor._pythonc_original = original
    loop_class.set_default_executor = set_default_executor
    ctx._undo_steps.append(lambda: setattr(loop_class, "set_default_executor", original))


@_set_default_executor.hide
def _hide_set_default_executor(asyncio):
    base_events = asyncio.base_events
    loop_class = base_events.BaseEventLoop
    original = loop_class.__dict__["set_default_executor"]

    def set_default_executor(self, executor):
        if not isinstance(executor, base_events.concurrent.futures.ThreadPoolExecutor):
            raise TypeError("executor must be ThreadPoolExecutor instance")
        return original(self, executor)
    set_default_executor.__qualname__ = original.__qualname__
    loop_class.set_default_executor = set_default_executor


# ---- child watchers (removed in 3.14) -------------------------------------------------------
#
# 3.8 (Unix): AbstractChildWatcher (every method raising NotImplementedError), SafeChildWatcher
# and FastChildWatcher (on BaseChildWatcher: attach_loop() gives them their loop; active while
# that loop runs; Fast wants add_child_handler() inside `with watcher:`), MultiLoopChildWatcher
# (active once attached, until closed), ThreadedChildWatcher (always active; one waiting thread
# per child); PidfdChildWatcher came in 3.9.  add_child_handler(pid, callback, *args) had
# callback(pid, returncode, *args) called in the loop's thread when the child ended (negative
# returncode for a signal; 255, logged, for a pid that is not our child).  The policy's
# get_child_watcher() made one ThreadedChildWatcher on first use; set_child_watcher() closed the
# previous one; set_event_loop() in the main thread attached the watcher to the new loop.
# asyncio.get_child_watcher()/set_child_watcher() went to the policy.  Nothing warned.
#
# The loops of 3.14 no longer consult watchers; these report the ends of children from a
# waiting thread each, whatever the class.

_WATCHER_CLASSES = ("AbstractChildWatcher", "BaseChildWatcher", "SafeChildWatcher",
                    "FastChildWatcher", "MultiLoopChildWatcher", "ThreadedChildWatcher",
                    "PidfdChildWatcher")
_WATCHER_EXPORTS = ("AbstractChildWatcher", "SafeChildWatcher", "FastChildWatcher",
                    "MultiLoopChildWatcher", "ThreadedChildWatcher", "PidfdChildWatcher")
_WATCHER_FUNCTIONS = ("get_child_watcher", "set_child_watcher")


def _make_watchers(asyncio, ctx):
    # Built by shims/_asyncio_watchers.py, loaded only here (where the shim is active).
    from _compat_engine import private_file
    return private_file("_asyncio_watchers")["make_watchers"](asyncio, ctx)


def _unix_policy_class(unix_events):
    return unix_events.__dict__.get("_UnixDefaultEventLoopPolicy")


def _add_to_all(module, names):
    for name in names:
        export(module, name)


def _remove_from_all(module, names):
    for name in names:
        unexport(module, name)


@shim("asyncio-child-watchers", removed_in="3.14",
      replacement="nothing: subprocess support works without watchers", kind="class")
def _child_watchers(asyncio, ctx):
    unix_events = getattr(asyncio, "unix_events", None)
    policy = _unix_policy_class(unix_events) if unix_events is not None else None
    if policy is None:      # not Unix
        return
    classes, functions, methods, attaching = _make_watchers(asyncio, ctx)
    for name in _WATCHER_CLASSES:
        ctx.restore(unix_events, name, classes[name])
        if name in _WATCHER_EXPORTS:
            ctx.restore(asyncio, name, classes[name])
    for name in _WATCHER_FUNCTIONS:
        ctx.restore(asyncio, name, functions[name])
        if not any(name in vars(k) for k in policy.__mro__):
            methods[name].__qualname__ = policy.__qualname__ + "." + name
            ctx.restore(policy, name, methods[name])
    set_event_loop = policy.set_event_loop
    if not hasattr(set_event_loop, "_pythonc_original"):
        policy.set_event_loop = attaching(set_event_loop)
        ctx._undo_steps.append(lambda: setattr(policy, "set_event_loop", set_event_loop))
    _add_to_all(unix_events, _WATCHER_EXPORTS)
    _add_to_all(asyncio, _WATCHER_EXPORTS + _WATCHER_FUNCTIONS)


@_child_watchers.hide
def _hide_child_watchers(asyncio):
    unix_events = getattr(asyncio, "unix_events", None)
    if unix_events is None:
        return
    for name in _WATCHER_CLASSES:
        unix_events.__dict__.pop(name, None)
    for name in _WATCHER_EXPORTS + _WATCHER_FUNCTIONS:
        asyncio.__dict__.pop(name, None)
    policy = _unix_policy_class(unix_events)
    for klass in (policy.__mro__ if policy is not None else ()):
        for name in _WATCHER_FUNCTIONS:
            if name in vars(klass):
                delattr(klass, name)
    if policy is not None and "set_event_loop" in vars(policy):
        # 3.14's policy attaches no watcher to the loops it is given.
        def set_event_loop(self, loop):
            return super(policy, self).set_event_loop(loop)
        set_event_loop.__qualname__ = policy.__qualname__ + ".set_event_loop"
        policy.set_event_loop = set_event_loop
    _remove_from_all(unix_events, _WATCHER_EXPORTS)
    _remove_from_all(asyncio, _WATCHER_EXPORTS + _WATCHER_FUNCTIONS)
