"""Shim case asyncio-coroutine-decorator: @asyncio.coroutine (removed in 3.11).

On 3.8-3.10 decorating warned once (DeprecationWarning, at decoration time, attributed to the
decorated definition in the caller's file); calling the decorated function did not warn.  The
line of a decorator call moved from the `def` line (3.8-3.10) to the `@` line (3.7, 3.11+), so
the line offset is only printed for the call form `asyncio.coroutine(func)`.
Only asyncio-level facts about the coroutine objects are printed (asyncio.iscoroutine,
inspect.isawaitable); whether they are generators is an implementation detail a shim may change.
Loops are made with new_event_loop()/asyncio.run() so no implicit-loop warnings come into play.
"""
import asyncio
import inspect
import os
import sys
import warnings



def here():
    """The caller's current line: the marker warning line numbers are measured against."""
    return sys._getframe(1).f_lineno


def where(caught, base):
    return [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
            for w in caught]


def files(caught):
    return [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename)) for w in caught]


print("== decorating")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")

    @asyncio.coroutine
    def double(x):
        yield from asyncio.sleep(0)
        return x * 2

    @asyncio.coroutine
    def plain(x):
        return x + 1

print("decorator syntax:", files(caught))


def _raw_generator(x):
    yield from asyncio.sleep(0)
    return ("raw", x)


def _raw_function(x):
    return ("plain", x)


async def _native(x):
    return ("native", x)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); from_gen = asyncio.coroutine(_raw_generator)
    base2 = here(); from_func = asyncio.coroutine(_raw_function)
    base3 = here(); from_native = asyncio.coroutine(_native)
print("call form:", where(caught[:1], base), where(caught[1:2], base2), where(caught[2:], base3))
print("native returned unchanged:", from_native is _native)
print("names:", double.__name__, plain.__name__, from_gen.__name__, from_func.__name__)
print("qualname:", double.__qualname__, from_func.__qualname__)
print("wrapped function:", getattr(from_func, "__wrapped__", None) is _raw_function)

print("== introspection")
print(asyncio.iscoroutinefunction(double), asyncio.iscoroutinefunction(plain),
      asyncio.iscoroutinefunction(from_gen), asyncio.iscoroutinefunction(from_func),
      asyncio.iscoroutinefunction(_raw_function))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    c1, c2 = double(1), plain(1)
    print(asyncio.iscoroutine(c1), inspect.isawaitable(c1), asyncio.iscoroutine(c2), inspect.isawaitable(c2))
    c1.close()
    c2.close()
print("warnings when calling:", len(caught))


@asyncio.coroutine
def chained():
    a = yield from double(5)
    b = yield from plain(5)
    c = yield from _native(5)
    return a, b, c


async def native_awaits():
    a = await double(6)
    b = await plain(6)
    c = await chained()
    return a, b, c


@asyncio.coroutine
def fails():
    yield from asyncio.sleep(0)
    raise KeyError("boom")


@asyncio.coroutine
def catches():
    try:
        yield from fails()
    except KeyError as exc:
        return "caught %r" % exc.args


@asyncio.coroutine
def waits_for_future(loop):
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "future result")
    result = yield from fut
    return result


@asyncio.coroutine
def returns_nothing():
    yield from asyncio.sleep(0)


@asyncio.coroutine
def cancel_me():
    yield from asyncio.sleep(3600)


async def gather_all():
    return await asyncio.gather(double(1), plain(1), chained(), native_awaits(), from_gen(2),
                                from_func(3))


async def gather_exceptions():
    return await asyncio.gather(fails(), double(2), return_exceptions=True)


async def cancellation():
    task = asyncio.ensure_future(cancel_me())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        return "cancelled", task.cancelled()


print("== asyncio.run")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(asyncio.run(double(4)))
    print(asyncio.run(plain(4)))
    print(asyncio.run(chained()))
    print(asyncio.run(native_awaits()))
    print(asyncio.run(catches()))
    print(asyncio.run(returns_nothing()))
    try:
        asyncio.run(fails())
    except KeyError as exc:
        print("KeyError", exc)
    print(asyncio.run(gather_all()))
    results = asyncio.run(gather_exceptions())
    print([type(r).__name__ for r in results], results[1])
    print(asyncio.run(cancellation()))
print("warnings while running:", len(caught))

print("== loop.run_until_complete")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loop = asyncio.new_event_loop()
    try:
        print(loop.run_until_complete(double(7)))
        print(loop.run_until_complete(plain(7)))
        print(loop.run_until_complete(waits_for_future(loop)))
        task = loop.create_task(double(10))
        print(loop.run_until_complete(task), task.done())
        print(loop.run_until_complete(asyncio.ensure_future(plain(10), loop=loop)))
        print(loop.run_until_complete(asyncio.wait_for(double(11), 5)))
        print(loop.run_until_complete(gather_all()))
        try:
            loop.run_until_complete(fails())
        except KeyError as exc:
            print("KeyError", exc)
    finally:
        loop.close()
print("warnings while running:", len(caught))
