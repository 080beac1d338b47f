"""Shim case asyncio-wait-coroutines: asyncio.wait() given bare coroutine objects (refused
since 3.11).

3.8 made a task of each coroutine (silently) and returned sets of those tasks, so a coroutine
is never found in `done` (a classic pitfall old code lived with).  No warnings are printed:
3.8 gave none for this.
"""
import asyncio


async def work(x, delay=0.0):
    await asyncio.sleep(delay)
    return x * 10


async def fails():
    await asyncio.sleep(0)
    raise KeyError("boom")


def results(tasks):
    return sorted(repr(t.exception()) if t.exception() else t.result() for t in tasks)


async def main():
    done, pending = await asyncio.wait([work(1), work(2), work(3)])
    print("all:", results(done), len(pending), all(isinstance(t, asyncio.Task) for t in done))

    coro = work(4)
    done, pending = await asyncio.wait([coro])
    print("coroutine in done:", coro in done, [t.result() for t in done])

    done, pending = await asyncio.wait([work(5), work(6, 10)], timeout=0.05)
    print("timeout:", results(done), len(pending))
    for t in pending:
        t.cancel()

    done, pending = await asyncio.wait([work(7), work(8, 10)], return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", results(done), len(pending))
    for t in pending:
        t.cancel()

    done, pending = await asyncio.wait([fails(), work(9, 10)], return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", results(done), len(pending))
    for t in pending:
        t.cancel()

    task = asyncio.ensure_future(work(10))
    done, pending = await asyncio.wait([task, work(11)])
    print("mixed:", results(done), task in done)

    done, pending = await asyncio.wait(tuple(work(i) for i in range(3)))
    print("tuple of coroutines:", results(done))
    done, pending = await asyncio.wait({work(20), work(21)})
    print("set of coroutines:", results(done))

    lone = work(12)
    try:
        await asyncio.wait(lone)
    except TypeError as exc:
        print("TypeError:", exc)
    lone.close()
    return "main done"


print(asyncio.run(main()))

loop = asyncio.new_event_loop()
done, pending = loop.run_until_complete(asyncio.wait([work(13), work(14)]))
print("run_until_complete:", results(done), len(pending))
loop.close()
