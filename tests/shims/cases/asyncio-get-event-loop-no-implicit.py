"""Shim case asyncio-get-event-loop-no-implicit: the loop asyncio made implicitly in the main
thread when none was set (RuntimeError since 3.14; DeprecationWarning on 3.12 and 3.13).

The classic pre-asyncio.run() script: futures and gathers created at top level, then
`loop = asyncio.get_event_loop(); loop.run_until_complete(...)`.  On 3.8 the first of those
made the loop (silently) and every later one found it.  Only warnings that are not pythonc's
own announcement are printed: 3.8 gave none here.
"""
import asyncio
import warnings


def foreign(caught):
    return [(w.category.__name__, str(w.message)) for w in caught
            if w.category.__name__ != "CompatDeprecationWarning"]


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name.upper()


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    batch = asyncio.gather(fetch("a", 0.002), fetch("b", 0.001))
    done_flag = asyncio.Future()
    loop = asyncio.get_event_loop()
print("one loop:", batch.get_loop() is loop, done_flag.get_loop() is loop)
print("other warnings:", foreign(caught))


async def main():
    loop.call_soon(done_flag.set_result, "flag")
    results = await batch
    return results, await done_flag


try:
    print("results:", loop.run_until_complete(main()))
finally:
    loop.close()
print("closed:", loop.is_closed(), asyncio.get_event_loop() is loop)
