"""Shim case asyncio-lock-await-yield-from: `with (await lock):` and `with (yield from lock):`
for asyncio's Lock, Condition, Semaphore and BoundedSemaphore (removed in 3.9).

On 3.8 awaiting the primitive warned DeprecationWarning at that line, acquired it, and gave a
context manager that released it at the end of the with block (entering it gave None).
`with lock:` without awaiting raised RuntimeError.
"""
import asyncio
import os
import sys
import warnings


def here():
    return sys._getframe(1).f_lineno


def where(caught, base):
    return [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
            for w in caught]


log = []


async def critical(name, lock):
    with (await lock):
        log.append(name + "+")
        await asyncio.sleep(0.001)
        log.append(name + "-")


with warnings.catch_warnings(record=True):
    warnings.simplefilter("always")

    @asyncio.coroutine
    def legacy(lock):
        with (yield from lock):
            return lock.locked()


async def main():
    lock = asyncio.Lock()
    for name, obj in (("Lock", lock), ("Condition", asyncio.Condition()),
                      ("Semaphore", asyncio.Semaphore(2)), ("BoundedSemaphore", asyncio.BoundedSemaphore())):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            base = here(); manager = await obj
            held = obj.locked()
            with manager as value:
                inside = obj.locked()
        print(name, held, value, inside, obj.locked(), where(caught, base))

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await asyncio.gather(critical("a", lock), critical("b", lock), critical("c", lock))
    print("serialised:", log, len(caught), all(issubclass(w.category, DeprecationWarning) for w in caught))

    cond = asyncio.Condition()
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        with (await cond):
            cond.notify_all()
            print("condition held:", cond.locked())
    print("condition released:", cond.locked())

    sem = asyncio.BoundedSemaphore(1)
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        manager = await sem
        with manager:
            pass
        try:
            with manager:
                pass
        except AttributeError:
            print("second exit: AttributeError")
    try:
        sem.release()
    except ValueError as exc:
        print("ValueError:", exc)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        print("yield from:", await legacy(lock), lock.locked())
    print("yield from warnings:", [issubclass(w.category, DeprecationWarning) for w in caught])

    try:
        with lock:
            pass
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    print("still free:", lock.locked())
    return "main done"


print(asyncio.run(main()))
