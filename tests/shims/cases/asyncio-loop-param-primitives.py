"""Shim case asyncio-loop-param-primitives: loop= of asyncio's locks and queues (removed in 3.10).

Old code built its primitives next to the loop it was about to run, passing loop= explicitly.
On 3.8 each loop= (not None) warned DeprecationWarning at the caller; Condition(),
BoundedSemaphore() and the queues warned a second time from asyncio's own file.  loop=None
was accepted silently.  The primitives then work under loop.run_until_complete().
"""
import asyncio
import os
import sys
import warnings


def here():
    return sys._getframe(1).f_lineno


def where(caught, base):
    """(is a DeprecationWarning, file, line offset) for warnings at the caller, and only the
    file for those asyncio gave from its own modules."""
    out = []
    for w in caught:
        name = os.path.basename(w.filename)
        if name == os.path.basename(__file__):
            out.append((issubclass(w.category, DeprecationWarning), name, w.lineno - base))
        else:
            out.append((issubclass(w.category, DeprecationWarning), name))
    return out


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)

print("== construction")
made = {}
for name in ("Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Queue",
             "PriorityQueue", "LifoQueue"):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here(); made[name] = getattr(asyncio, name)(loop=loop)
    print(name, type(made[name]).__name__, where(caught, base))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); sem = asyncio.Semaphore(3, loop=loop)
    base2 = here(); bsem = asyncio.BoundedSemaphore(value=2, loop=loop)
    base3 = here(); queue = asyncio.Queue(maxsize=2, loop=loop)
    base4 = here(); cond_lock = asyncio.Lock(loop=loop)
    base5 = here(); cond = asyncio.Condition(cond_lock, loop=loop)
print("positional/keyword:", where(caught[:1], base), where(caught[1:3], base2),
      where(caught[3:5], base3), where(caught[5:6], base4), where(caught[6:], base5))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    quiet = [asyncio.Lock(loop=None), asyncio.Event(loop=None), asyncio.Queue(loop=None),
             asyncio.Condition(loop=None), asyncio.Semaphore(2, loop=None)]
print("loop=None:", [type(o).__name__ for o in quiet], "warnings:", len(caught))

print("== a lock bound to another loop")
other = asyncio.new_event_loop()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    foreign = asyncio.Lock(loop=other)
    try:
        asyncio.Condition(foreign, loop=loop)
    except ValueError as exc:
        print("ValueError:", exc)
other.close()


class NamedLock(asyncio.Lock):
    def __init__(self, name, *, loop=None):
        super().__init__(loop=loop)
        self.name = name


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    named = NamedLock("db", loop=loop)
print("subclass:", named.name, isinstance(named, asyncio.Lock),
      [issubclass(w.category, DeprecationWarning) for w in caught],
      [os.path.basename(w.filename) for w in caught])

print("== using them")
log = []


async def worker(name, lock, event, sem):
    await event.wait()
    async with sem:
        async with lock:
            log.append(name + "+")
            await asyncio.sleep(0.001)
            log.append(name + "-")


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.join()
    return "joined"


async def consumer(q, out):
    while True:
        item = await q.get()
        out.append(item)
        q.task_done()


async def notified(cond, box):
    async with cond:
        await cond.wait_for(lambda: box)
        return box[0]


async def everything():
    lock, event = made["Lock"], made["Event"]
    tasks = [asyncio.ensure_future(worker(n, lock, event, sem)) for n in "abc"]
    await asyncio.sleep(0)
    print("before set:", log, lock.locked(), event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    print("after:", log)

    box = []
    waiter = asyncio.ensure_future(notified(cond, box))
    await asyncio.sleep(0)
    async with cond:
        box.append("ping")
        cond.notify_all()
    print("condition:", await waiter)

    out = []
    eater = asyncio.ensure_future(consumer(queue, out))
    print("queue:", await producer(queue, 5), out, queue.qsize(), queue.maxsize)
    eater.cancel()

    pq, lq = made["PriorityQueue"], made["LifoQueue"]
    for item in (3, 1, 2):
        pq.put_nowait(item)
        lq.put_nowait(item)
    print("priority:", [pq.get_nowait() for _ in range(3)], "lifo:", [lq.get_nowait() for _ in range(3)])

    await bsem.acquire()
    bsem.release()
    try:
        bsem.release()
    except ValueError as exc:
        print("ValueError:", exc)
    print("semaphore:", sem.locked(), made["Semaphore"].locked())
    async with named:
        print("subclass lock held:", named.locked())
    return "done"


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(loop.run_until_complete(everything()))
print("warnings while running:", len(caught))
loop.close()
