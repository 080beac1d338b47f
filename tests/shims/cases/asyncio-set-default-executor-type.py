"""Shim case asyncio-set-default-executor-type: loop.set_default_executor() with something
other than a ThreadPoolExecutor (refused with TypeError since 3.11).

On 3.8 it warned DeprecationWarning at the caller and used the executor all the same for
run_in_executor(None, ...); None reset it (a new ThreadPoolExecutor on the next use).
"""
import asyncio
import concurrent.futures
import os
import sys
import warnings


def here():
    return sys._getframe(1).f_lineno


def where(caught, base):
    return [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
            for w in caught]


class InlineExecutor(concurrent.futures.Executor):
    """Runs the function at once in the caller's thread (a common test helper)."""

    def __init__(self):
        self.calls = 0
        self.shut = False

    def submit(self, fn, *args, **kwargs):
        self.calls += 1
        future = concurrent.futures.Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:
            future.set_exception(exc)
        return future

    def shutdown(self, wait=True):
        self.shut = True


loop = asyncio.new_event_loop()
inline = InlineExecutor()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); result = loop.set_default_executor(inline)
print("set:", result, where(caught, base))
print("ran:", loop.run_until_complete(loop.run_in_executor(None, pow, 2, 10)), inline.calls)


def boom():
    raise KeyError("inline")


try:
    loop.run_until_complete(loop.run_in_executor(None, boom))
except KeyError as exc:
    print("KeyError:", exc, inline.calls)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    pool = concurrent.futures.ThreadPoolExecutor(1)
    loop.set_default_executor(pool)
print("thread pool:", loop.run_until_complete(loop.run_in_executor(None, sum, [1, 2, 3])), len(caught))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); loop.set_default_executor(None)
print("reset:", loop.run_until_complete(loop.run_in_executor(None, len, "abc")), where(caught, base))
pool.shutdown()

with warnings.catch_warnings(record=True):
    warnings.simplefilter("always")
    loop.set_default_executor(inline)
loop.close()
print("closed, executor shut down:", inline.shut)
