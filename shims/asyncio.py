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
"""
from _compat_engine import shim

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
            # `from asyncio import *` gave `coroutine` up to 3.10.
            names = module.__dict__.get("__all__")
            if isinstance(names, (tuple, list)) and _DECORATOR not in names:
                module.__all__ = type(names)(list(names) + [_DECORATOR])


@_coroutine_decorator.hide
def _hide_coroutine_decorator(asyncio):
    for module in (asyncio, asyncio.coroutines):
        module.__dict__.pop(_DECORATOR, None)
        names = module.__dict__.get("__all__")
        if isinstance(names, (tuple, list)) and _DECORATOR in names:
            module.__all__ = type(names)(n for n in names if n != _DECORATOR)
