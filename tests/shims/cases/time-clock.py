"""Shim case time-clock: time.clock() as old benchmarks and progress reports used it on
Linux: processor time of the process (it grows with work, not while sleeping), in whole
microseconds, never going back; and get_clock_info("clock")."""
# pythonc-oracle: 3.7
import time
import warnings

warnings.simplefilter("ignore", DeprecationWarning)     # 3.7 warned too; stdout only here

start = time.clock()
total = 0
while time.clock() - start < 0.05:
    total += 1
busy = time.clock() - start
before_sleep = time.clock()
time.sleep(0.2)
slept = time.clock() - before_sleep
readings = [time.clock() for _ in range(1000)]

print(type(start).__name__, busy >= 0.05, slept < 0.1)
print("never goes back:", all(b >= a for a, b in zip(readings, readings[1:])))
print("whole microseconds:", all(abs(r * 1e6 - round(r * 1e6)) < 1e-3 for r in readings))
print(time.get_clock_info("clock"))
print(time.clock.__name__, callable(time.clock))
try:
    time.clock(1)
except TypeError as exc:
    print("TypeError", "takes no arguments" in str(exc))
