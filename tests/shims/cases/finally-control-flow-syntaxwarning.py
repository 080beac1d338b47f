"""Shim case finally-control-flow-syntaxwarning: old code that leaves a finally block with
return, break or continue compiles without a word on stderr, as before 3.14 (PEP 765), and
behaves as it always did: the finally block's return wins, break and continue swallow the
exception in flight."""
import io
import sys

SOURCE = '''
def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"

def loop():
    seen = []
    for i in range(4):
        try:
            if i == 1:
                raise ValueError(i)
            seen.append(i)
        finally:
            if i == 2:
                break
            continue
    return seen

def retry():
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < 3:
                raise OSError("again")
        finally:
            if attempts < 3:
                continue
        return attempts
'''

captured, saved = io.StringIO(), sys.stderr
sys.stderr = captured
try:
    code = compile(SOURCE, "legacy_finally.py", "exec")
finally:
    sys.stderr = saved
namespace = {}
exec(code, namespace)
print(namespace["swallow"]())
print(namespace["loop"]())
print(namespace["retry"]())
print("stderr:", repr(captured.getvalue()))
