"""Shim case asyncio-get-event-loop-warning-312: asyncio.get_event_loop() in the main thread
with no current loop (DeprecationWarning since 3.12).

3.8 made a new loop, set it as current and returned it, silently; later calls returned the
same loop (even once closed).  After set_event_loop(None), and in other threads, it raised
RuntimeError.  Only warnings that are not pythonc's own announcement are printed: 3.8 gave
none here.
"""
import asyncio
import threading
import warnings


def foreign(caught):
    return [(w.category.__name__, str(w.message)) for w in caught
            if w.category.__name__ != "CompatDeprecationWarning"]


async def work(x):
    await asyncio.sleep(0)
    return x * 2


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loop = asyncio.get_event_loop()
    again = asyncio.get_event_loop()
print("implicit loop:", isinstance(loop, asyncio.AbstractEventLoop), loop is again,
      loop.is_running(), loop.is_closed())
print("other warnings:", foreign(caught))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("run:", loop.run_until_complete(work(21)))
    task = asyncio.ensure_future(work(1))
    print("ensure_future outside the loop:", task.get_loop() is loop, loop.run_until_complete(task))
print("other warnings:", foreign(caught))


async def inside():
    return asyncio.get_event_loop() is loop


print("inside the running loop:", loop.run_until_complete(inside()))
loop.close()
print("after close:", asyncio.get_event_loop() is loop, loop.is_closed())

asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as exc:
    print("RuntimeError:", exc)

fresh = asyncio.new_event_loop()
asyncio.set_event_loop(fresh)
print("set loop:", asyncio.get_event_loop() is fresh)
fresh.close()


def in_thread():
    try:
        asyncio.get_event_loop()
    except RuntimeError as exc:
        print("thread RuntimeError:", exc)


worker = threading.Thread(target=in_thread, name="worker")
worker.start()
worker.join()
