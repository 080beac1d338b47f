"""Shim case sys-checkinterval: sys.getcheckinterval() / sys.setcheckinterval() (removed in 3.9).

Facts from the real 3.8: the interval only is a stored number (100 until set); each accepted
call warns with a DeprecationWarning at the caller's line; a call refused for its arguments
raises before any warning. sys.callstats() (sys-callstats) returned None and warned.
"""
import sys
import threading
import warnings


def here():
    return sys._getframe(1).f_lineno


def attempt(label, call):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here() + 2
        try:
            result = call()
        except Exception as exc:
            result = type(exc).__name__
    print(label, result, [(issubclass(w.category, DeprecationWarning), w.lineno - base)
                          for w in caught])


attempt("get", lambda: sys.getcheckinterval())
attempt("set 50", lambda: sys.setcheckinterval(50))
attempt("get", lambda: sys.getcheckinterval())
attempt("set -3", lambda: sys.setcheckinterval(-3))
attempt("get", lambda: sys.getcheckinterval())
attempt("set str", lambda: sys.setcheckinterval("7"))
attempt("set float", lambda: sys.setcheckinterval(2.5))
attempt("set none", lambda: sys.setcheckinterval())
attempt("set huge", lambda: sys.setcheckinterval(2 ** 40))
attempt("get arg", lambda: sys.getcheckinterval(1))
attempt("get", lambda: sys.getcheckinterval())
attempt("callstats", lambda: sys.callstats())

# The switch interval is untouched, and threads still run.
before = sys.getswitchinterval()
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    sys.setcheckinterval(1000)
print(sys.getswitchinterval() == before)
out = []
t = threading.Thread(target=lambda: out.append(sum(range(1000))))
t.start()
t.join()
print(out)

# Old code saved and restored the interval around a critical section.
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    saved = sys.getcheckinterval()
    sys.setcheckinterval(10 ** 6)
    sys.setcheckinterval(saved)
    print(saved, sys.getcheckinterval())
print(callable(sys.getcheckinterval), sys.getcheckinterval.__name__, sys.setcheckinterval.__name__)
