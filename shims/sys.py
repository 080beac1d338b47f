"""Shims for the sys module, written in C (launcher/sys_shims.c).

Every start-up imports sys, so these are applied by C as soon as they are active, without
starting the Python engine. The apply functions below run only under a simulated removal
(PYTHONC_SIMULATE_REMOVAL, the test knob): they ask C to apply the same shim after the hide
functions removed the originals.
"""
import _compat

from _compat_engine import shim


@shim("sys-checkinterval", removed_in="3.9",
      replacement="sys.getswitchinterval() / sys.setswitchinterval()", kind="function")
def _checkinterval(sys, ctx):
    _compat._apply_native("sys-checkinterval")


@_checkinterval.hide
def _hide_checkinterval(sys):
    for name in ("getcheckinterval", "setcheckinterval"):
        sys.__dict__.pop(name, None)


@shim("sys-callstats", removed_in="3.9", replacement="nothing (it always returned None)",
      kind="function")
def _callstats(sys, ctx):
    _compat._apply_native("sys-callstats")


@_callstats.hide
def _hide_callstats(sys):
    sys.__dict__.pop("callstats", None)
