"""Shim case asyncio-task-current-all-tasks: the classmethods asyncio.Task.current_task() and
asyncio.Task.all_tasks() (removed in 3.9).

On 3.8 each call warned DeprecationWarning at the caller.  Without a loop they used
get_event_loop(); current_task() gave the running task or None, all_tasks() a set of the
loop's tasks (the classic shutdown idiom cancels them all).  Subclasses and instances reach
them too.
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


async def sleeper(n):
    await asyncio.sleep(n)


async def main():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here(); me = asyncio.Task.current_task()
    print("current_task:", me is asyncio.current_task(), isinstance(me, asyncio.Task), where(caught, base))

    others = [asyncio.ensure_future(sleeper(10)) for _ in range(3)]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here(); everything = asyncio.Task.all_tasks()
    print("all_tasks:", type(everything).__name__, len(everything), me in everything,
          all(t in everything for t in others), where(caught, base))

    loop = asyncio.get_event_loop()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        print("explicit loop:", asyncio.Task.current_task(loop) is me,
              asyncio.Task.current_task(loop=loop) is me, len(asyncio.Task.all_tasks(loop=loop)))
        print("from an instance:", me.current_task() is me, len(me.all_tasks(loop)))

        class Traced(asyncio.Task):
            pass
        print("from a subclass:", Traced.current_task() is me)
    print("warnings:", len(caught), all(issubclass(w.category, DeprecationWarning) for w in caught))

    # The shutdown idiom of old code.
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        for task in asyncio.Task.all_tasks():
            if task is not asyncio.Task.current_task():
                task.cancel()
    await asyncio.sleep(0)
    print("cancelled:", [t.cancelled() for t in others])
    return "main done"


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(main()))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("outside the loop:", asyncio.Task.current_task(), asyncio.Task.current_task(loop))
    other = asyncio.new_event_loop()
    print("another loop:", asyncio.Task.all_tasks(other))
    other.close()
loop.close()
asyncio.set_event_loop(None)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        asyncio.Task.current_task()
    except RuntimeError as exc:
        print("RuntimeError:", exc)
