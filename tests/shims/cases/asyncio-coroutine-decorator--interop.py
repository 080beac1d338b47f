"""Shim case asyncio-coroutine-decorator, topic interop: the ways legacy code used the objects an
@asyncio.coroutine function returned besides scheduling them (removed in 3.11).

On 3.8-3.10 such an object could be driven by hand (next()/send()), `yield from`-ed by any
generator (decorated or not), dropped without a "never awaited" warning, and plain functions
returning a future, a native coroutine, any awaitable or a plain value could be decorated.
Bound methods kept asyncio.iscoroutinefunction(); `from asyncio import *` gave `coroutine`.
Whether the objects are generators is not printed: it is an implementation detail.
"""
import asyncio
import gc
import inspect
import os
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


@asyncio.coroutine
def double(x):
    yield from asyncio.sleep(0)
    return x * 2


@asyncio.coroutine
def no_suspension(x):
    return x + 100
    yield  # a generator that finishes at its first step


def undecorated_generator():
    value = yield from double(21)
    return ("undecorated", value)


class Service:
    @asyncio.coroutine
    def fetch(self, key, *, suffix="!"):
        yield from asyncio.sleep(0)
        return key + suffix

    @classmethod
    @asyncio.coroutine
    def build(cls, n):
        result = yield from double(n)
        return (cls.__name__, result)

    @staticmethod
    @asyncio.coroutine
    def helper():
        return "static"


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "custom awaitable"


async def native(x):
    await asyncio.sleep(0)
    return ("native", x)


returns_value = asyncio.coroutine(lambda: "value")
returns_native = asyncio.coroutine(lambda: native(1))
returns_awaitable = asyncio.coroutine(lambda: Awaitable())
returns_generator_coroutine = asyncio.coroutine(lambda: double(4))
returns_list = asyncio.coroutine(lambda: [1, 2])


def drive(coro):
    """Run a coroutine that only ever suspends on bare yields, by hand."""
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as stop:
        return stop.value, steps


print("== by hand")
print(drive(no_suspension(1)))
print(drive(double(3)))
print(drive(undecorated_generator()))
gen = no_suspension(2)
try:
    next(gen)
except StopIteration as stop:
    print("next():", stop.value)
print(list(no_suspension(3)))

print("== close and dropping")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    c = double(1)
    c.close()
    d = double(2)
    del d
    started = double(3)
    started.send(None)
    started.close()
    gc.collect()
print("warnings:", [w.category.__name__ for w in caught])

print("== methods")
print(asyncio.iscoroutinefunction(Service.fetch), asyncio.iscoroutinefunction(Service().fetch))
print(asyncio.iscoroutinefunction(Service.build), asyncio.iscoroutinefunction(Service.helper))
print(inspect.signature(Service.fetch), inspect.signature(double))
print(double.__doc__, Service.fetch.__name__, Service.fetch.__qualname__)


async def main():
    results = [
        await Service().fetch("key"),
        await Service().fetch("key", suffix="?"),
        await Service.build(5),
        await Service.helper(),
        await returns_value(),
        await returns_native(),
        await returns_awaitable(),
        await returns_generator_coroutine(),
        await returns_list(),
    ]
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    loop.call_soon(future.set_result, "from a future")
    results.append(await asyncio.coroutine(lambda: future)())
    task = asyncio.ensure_future(double(8))
    text = repr(task).replace(os.path.abspath(__file__), "FILE")
    print("task repr:", text[text.index("coro="):])
    results.append(await task)
    results.append(await asyncio.shield(double(9)))
    done = [await f for f in asyncio.as_completed([double(1), no_suspension(1)])]
    results.append(sorted(done))
    return results


print("== awaited from async def")
for item in asyncio.run(main()):
    print(item)

print("== cancellation and timeouts")
cleanup = []


@asyncio.coroutine
def slow(tag):
    try:
        yield from asyncio.sleep(3600)
    finally:
        cleanup.append(tag)


async def timeouts():
    try:
        await asyncio.wait_for(slow("wait_for"), 0.01)
    except asyncio.TimeoutError as exc:
        print("wait_for:", type(exc).__name__)
    task = asyncio.ensure_future(slow("task"))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled:", task.cancelled())


asyncio.run(timeouts())
print("finally blocks ran:", cleanup)

print("== exceptions")


@asyncio.coroutine
def raises_inside():
    yield from asyncio.sleep(0)
    raise ValueError("inside")


@asyncio.coroutine
def throws_into():
    try:
        yield from asyncio.sleep(0)
    except KeyError as exc:
        return "handled %s" % exc


coro = throws_into()
coro.send(None)
try:
    coro.throw(KeyError("k"))
except StopIteration as stop:
    print(stop.value)
try:
    asyncio.run(raises_inside())
except ValueError as exc:
    print("ValueError", exc)

print("== exports")
namespace = {}
exec("from asyncio import *", namespace)
print("star import gives coroutine:", namespace.get("coroutine") is asyncio.coroutine)
print("asyncio.coroutines.coroutine:", asyncio.coroutines.coroutine is asyncio.coroutine)
