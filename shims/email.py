"""Shims for email.utils: localtime()'s isdst parameter (removed in 3.14).

Up to 3.11, localtime(dt, isdst) used isdst for a naive dt: like time.mktime()'s tm_isdst,
a positive value presumes summer time is in effect at that wall-clock time, zero presumes it
is not, a negative value lets the C library decide.  The result is dt itself with the local
zone (offset and name) that time.localtime() gives for the instant so computed.  An aware dt
or no dt ignores isdst.  A call that passes isdst warns and gets that behaviour; other calls
go straight to the running localtime().
"""
from _compat_engine import shim

_MISSING = object()


@shim("email-localtime-isdst", target="email.utils", removed_in="3.14",
      replacement="email.utils.localtime(dt) without isdst", kind="parameter")
def _localtime_isdst(utils, ctx):
    modern = utils.localtime
    code = getattr(modern, "__code__", None)
    if code is None or hasattr(modern, "_pythonc_original") \
            or "isdst" in code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]:
        return          # the running localtime() still takes isdst (or is already wrapped)

    def localtime(dt=None, isdst=_MISSING):
        if isdst is _MISSING:
            return modern(dt)
        ctx.warn("email.utils.localtime()'s isdst parameter", stacklevel=1)
        if dt is None or dt.tzinfo is not None:
            return modern(dt)
        import datetime
        import time
        seconds = time.mktime(dt.timetuple()[:-1] + (isdst,))
        local = time.localtime(seconds)
        zone = datetime.timezone(datetime.timedelta(seconds=local.tm_gmtoff), local.tm_zone)
        return dt.replace(tzinfo=zone)

    localtime.__module__ = modern.__module__
    localtime.__qualname__ = modern.__qualname__
    localtime.__doc__ = modern.__doc__
    localtime._pythonc_original = modern
    utils.localtime = localtime


@_localtime_isdst.hide
def _hide_localtime_isdst(utils):
    original = utils.localtime

    def localtime(dt=None):
        return original(dt)

    localtime.__module__ = original.__module__
    localtime.__qualname__ = original.__qualname__
    localtime.__doc__ = original.__doc__
    utils.localtime = localtime
