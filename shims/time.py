"""Shims for the time module, written in C (launcher/time_shims.c).

- time-clock (removed in 3.8): time.clock(), the processor time of the process as the C
  library's clock() measures it, and get_clock_info("clock"). Every start-up imports time, so
  it is applied by C as soon as it is active, without starting the Python engine. pythonc
  builds on 3.8 and later only, none of which has clock(): it is never simulated.
"""
import _compat

from _compat_engine import shim


@shim("time-clock", removed_in="3.8",
      replacement="time.perf_counter() (intervals) or time.process_time() (processor time)",
      kind="function")
def _clock(time, ctx):
    _compat._apply_native("time-clock")
