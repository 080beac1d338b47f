"""Shim case threading-isalive: threading.Thread.isAlive() (removed in 3.9).

3.8 deprecated it: every call warns (DeprecationWarning, attributed to the caller), then
returns self.is_alive(), so a subclass overriding is_alive() is honoured.
"""
import os
import sys
import threading
import warnings


def here():
    """The caller's current line: the marker warning line numbers are measured against."""
    return sys._getframe(1).f_lineno


def report(label, caught, base):
    print(label, [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
                  for w in caught])


started = threading.Event()
release = threading.Event()


def worker():
    started.set()
    release.wait()


t = threading.Thread(target=worker)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); before = t.isAlive()
report("before start: %r" % before, caught, base)

t.start()
started.wait()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); running = t.isAlive()
report("running: %r" % running, caught, base)
release.set()
t.join()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); after = t.isAlive()
report("after join: %r" % after, caught, base)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); main = threading.current_thread().isAlive()
report("current thread: %r" % main, caught, base)


class Custom(threading.Thread):
    def is_alive(self):
        return "overridden"


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); custom = Custom().isAlive()
report("subclass: %r" % custom, caught, base)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        t.isAlive(1)
    except TypeError:
        print("extra argument: TypeError")
print("warned on bad call:", len(caught))

print("== a polling loop, Python 2 style")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    workers = [threading.Thread(target=lambda: None) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("alive:", [w.isAlive() for w in workers])
print("warnings:", len(caught), all(issubclass(w.category, DeprecationWarning) for w in caught))
print("method:", callable(threading.Thread.isAlive), threading.Thread.isAlive.__name__)
print("dummy thread has it:", hasattr(threading._DummyThread, "isAlive"))
