"""Shim case asyncio-child-watchers: asyncio's child watchers and get/set_child_watcher()
(Unix; removed in 3.14).

Old code set a watcher up for loops run outside the main thread or in tests:
`asyncio.set_child_watcher(asyncio.SafeChildWatcher())`, `get_child_watcher().attach_loop(loop)`.
On 3.8 the policy made a ThreadedChildWatcher on first use, closed the previous watcher when
given a new one and attached its watcher to each loop set in the main thread; each watcher
called callback(pid, returncode, *args) in the loop's thread when a child ended.  3.8 gave no
warnings for any of this, so none are printed.
"""
import asyncio
import os
import threading
import warnings

warnings.simplefilter("ignore")


class Logged(asyncio.ThreadedChildWatcher):
    def attach_loop(self, loop):
        print("  attach_loop:", None if loop is None else type(loop).__name__)
        super().attach_loop(loop)

    def close(self):
        print("  close")
        super().close()


def spawn(code):
    return os.spawnlp(os.P_NOWAIT, "sh", "sh", "-c", code)


print("== the classes")
names = ["AbstractChildWatcher", "SafeChildWatcher", "FastChildWatcher", "MultiLoopChildWatcher",
         "ThreadedChildWatcher"]
print([(n, n in asyncio.__all__, getattr(asyncio, n).__module__) for n in names])
print([[k.__name__ for k in getattr(asyncio, n).__mro__] for n in names])
abstract = asyncio.AbstractChildWatcher()
for method, args in (("add_child_handler", (1, print)), ("remove_child_handler", (1,)),
                     ("attach_loop", (None,)), ("close", ()), ("is_active", ()),
                     ("__enter__", ()), ("__exit__", (None, None, None))):
    try:
        getattr(abstract, method)(*args)
    except NotImplementedError:
        print(method, "NotImplementedError")

print("== the policy")
default = asyncio.get_child_watcher()
print(type(default).__name__, default is asyncio.get_child_watcher(), default.is_active())
first, second = Logged(), Logged()
print("set first")
asyncio.set_child_watcher(first)
print("set second")
asyncio.set_child_watcher(second)
print("set_event_loop")
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("in a thread")
thread = threading.Thread(target=lambda: asyncio.set_event_loop(asyncio.new_event_loop()))
thread.start()
thread.join()
print("set None")
asyncio.set_child_watcher(None)
try:
    asyncio.set_child_watcher("watcher")
except AssertionError:
    print("AssertionError for a non-watcher")
print("get after None:", type(asyncio.get_child_watcher()).__name__)

print("== watching children")
results = []


def callback(pid, returncode, *args):
    results.append((returncode, args, threading.current_thread() is threading.main_thread()))


async def wait_for_results(n):
    for _ in range(2000):       # at most about 10 s
        if len(results) >= n:
            break
        await asyncio.sleep(0.005)
    return sorted(results, key=repr)


async def main():
    safe = asyncio.SafeChildWatcher()
    print("safe before attach:", safe.is_active())
    safe.attach_loop(asyncio.get_running_loop())
    print("safe attached:", safe.is_active())
    safe.add_child_handler(spawn("exit 7"), callback, "safe")
    print("safe:", await wait_for_results(1))
    results.clear()
    safe.add_child_handler(os.getpid(), callback, "not a child")
    print("safe, not our child:", results)
    results.clear()
    safe.close()
    print("safe closed:", safe.is_active())

    fast = asyncio.FastChildWatcher()
    fast.attach_loop(asyncio.get_running_loop())
    try:
        fast.add_child_handler(spawn("exit 1"), callback)
    except AssertionError as exc:
        print("fast outside with:", exc)
    await asyncio.sleep(0.05)
    with fast:
        fast.add_child_handler(spawn("exit 3"), callback, "fast")
    print("fast:", await wait_for_results(1))
    results.clear()
    fast.close()
    await asyncio.sleep(0.1)    # (let the signals of the children above be handled first)

    multi = asyncio.MultiLoopChildWatcher()
    print("multi:", multi.is_active(), end=" ")
    multi.attach_loop(asyncio.get_running_loop())
    print(multi.is_active())
    pid = spawn("sleep 0.2; exit 4")    # (exits once it is watched: 3.8 raced otherwise)
    multi.add_child_handler(pid, callback, "multi", 2)
    print("multi:", await wait_for_results(1), multi.remove_child_handler(pid))
    results.clear()
    multi.close()
    print("multi closed:", multi.is_active())

    threaded = asyncio.ThreadedChildWatcher()
    threaded.add_child_handler(spawn("kill -9 $$"), callback, "killed")
    threaded.add_child_handler(spawn("exit 0"), callback)
    print("threaded:", await wait_for_results(2), threaded.remove_child_handler(12345))
    results.clear()

    asyncio.set_child_watcher(asyncio.SafeChildWatcher())
    asyncio.get_child_watcher().attach_loop(asyncio.get_running_loop())
    proc = await asyncio.create_subprocess_exec("sh", "-c", "exit 6")
    print("subprocess with a watcher set:", await proc.wait())
    return "main done"


try:
    asyncio.ThreadedChildWatcher().add_child_handler(1, callback)
except RuntimeError as exc:
    print("RuntimeError:", exc)
print(loop.run_until_complete(main()))
asyncio.set_child_watcher(None)
loop.close()
