"""Shim case dummy-threading-modules: the dummy_threading and _dummy_thread modules (removed in 3.9).

dummy_threading offered threading's interface without threads: Thread.start() runs the target
at once, in the caller, and locks never block.  3.8 built it as a private copy of threading on
_dummy_thread, leaving the real threading untouched, and put _dummy_thread in sys.modules.
Importing it did not warn in 3.8, so no warnings are printed.  Only what old code could rely
on is printed (thread names and __all__ follow the running threading module).
"""
import sys
import warnings

warnings.simplefilter("ignore")

had_threading = "threading" in sys.modules
import dummy_threading
print("real threading untouched:", ("threading" in sys.modules) == had_threading)
print("_dummy_thread loaded:", "_dummy_thread" in sys.modules)

print("== threads run at start()")
events = []


def work(n, tag=None):
    events.append(("run", n, tag, dummy_threading.current_thread().name, dummy_threading.get_ident()))
    return n


t = dummy_threading.Thread(target=work, args=(1,), kwargs={"tag": "x"}, name="worker")
events.append("before start")
t.start()
events.append("after start")
t.join()
events.append("after join")
print(events)
print(t.name, t.ident, t.is_alive(), t.daemon)
results = []
threads = [dummy_threading.Thread(target=lambda i=i: results.append(i * i), name="t%d" % i) for i in range(4)]
for th in threads:
    th.start()
print("sequential results before any join:", results)
for th in threads:
    th.join()


class Counter(dummy_threading.Thread):
    def __init__(self):
        dummy_threading.Thread.__init__(self, name="counter")
        self.total = 0

    def run(self):
        for i in range(5):
            self.total += i


c = Counter()
c.start()
print("subclass run():", c.total)
try:
    c.start()
except RuntimeError as exc:
    print("start twice: RuntimeError", exc)

print("== locks never block")
lock = dummy_threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(True), lock.locked())
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError:
    print("release unlocked: RuntimeError")
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())
rlock = dummy_threading.RLock()
print(rlock.acquire(), rlock.acquire(), rlock.acquire(False))
rlock.release()
rlock.release()
try:
    rlock.release()
except RuntimeError:
    print("RLock released too often: RuntimeError")

print("== events and semaphores")
ev = dummy_threading.Event()
print(ev.is_set(), ev.wait(0), end=" ")
ev.set()
print(ev.is_set(), ev.wait())
sem = dummy_threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(False))
bsem = dummy_threading.BoundedSemaphore(1)
bsem.acquire()
bsem.release()
try:
    bsem.release()
except ValueError:
    print("BoundedSemaphore over-release: ValueError")
print(dummy_threading.active_count() >= 1, dummy_threading.main_thread().name, dummy_threading.ThreadError is RuntimeError)
print(dummy_threading.stack_size(), dummy_threading.TIMEOUT_MAX > 0)

print("== real threading is separate")
import threading
print(threading.Thread is dummy_threading.Thread, threading.Lock is dummy_threading.Lock)
print(sys.modules["threading"] is threading, "dummy_threading" in sys.modules)

print("== _dummy_thread")
import _dummy_thread
seen = []
print(_dummy_thread.start_new_thread(lambda a, b=0: seen.append(a + b), (1,), {"b": 2}), seen)
for bad in (([], {}), ((), [])):
    try:
        _dummy_thread.start_new_thread(print, *bad)
    except TypeError as exc:
        print("TypeError:", exc)
print(_dummy_thread.start_new_thread(_dummy_thread.exit, ()), "exit() ends the thread quietly")
print(_dummy_thread.get_ident(), _dummy_thread.stack_size(), _dummy_thread.error is RuntimeError)
try:
    _dummy_thread.stack_size(32768)
except RuntimeError as exc:
    print("RuntimeError:", exc)
try:
    _dummy_thread.exit()
except SystemExit:
    print("exit() in main: SystemExit")
try:
    _dummy_thread.interrupt_main()
except KeyboardInterrupt:
    print("interrupt_main() in main: KeyboardInterrupt")
try:
    _dummy_thread.start_new_thread(lambda: (_dummy_thread.interrupt_main(), seen.append("still ran")), ())
except KeyboardInterrupt:
    print("interrupt_main() in a thread: KeyboardInterrupt afterwards", seen)
lk = _dummy_thread.allocate_lock()
print(type(lk) is _dummy_thread.LockType, repr(lk).split(" object")[0], lk.acquire(), lk.acquire(0), repr(lk).split(" object")[0])
print(lk.release(), lk.locked())
r = _dummy_thread.RLock()
print(r.acquire(), r.acquire(), r.release(), r.locked(), r.release(), r.locked())
print("== _dummy_thread: exports, lock state, errors in a thread")
print(_dummy_thread.__all__, _dummy_thread.TIMEOUT_MAX)
print(sorted(vars(_dummy_thread.LockType()).items()), sorted(vars(_dummy_thread.RLock()).items()))
print(repr(_dummy_thread.RLock()).split(" object")[0], _dummy_thread.RLock.__mro__[1].__name__)
held = _dummy_thread.allocate_lock()
held.acquire()
print(held.acquire(False, 0), held.acquire(waitflag=0), held.locked())
try:
    with held:
        raise KeyError("inside")
except KeyError:
    print("with does not swallow errors; released:", not held.locked())
print(_dummy_thread.start_new_thread(lambda: 1 / 0, ()), "an error in a thread is reported, not raised")
print(_dummy_thread.start_new_thread(lambda: _dummy_thread.exit(), ()), _dummy_thread._main, _dummy_thread._interrupt)
class Sub(tuple):
    pass
try:
    _dummy_thread.start_new_thread(print, Sub())
except TypeError as exc:
    print("tuple subclass: TypeError:", exc)
print(_dummy_thread.stack_size(None), _dummy_thread._set_sentinel().locked())
