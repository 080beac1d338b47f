"""Shims for the base64 module: encodestring() / decodestring() (removed in 3.9).

Both were legacy names of encodebytes() / decodebytes() since 3.1: each call warns, attributed
to the caller, then does exactly what the function it names does (same results, same
TypeError for str input).
"""
from _compat_engine import shim

_NAMES = ("encodestring", "decodestring")


@shim("base64-encodestring", removed_in="3.9",
      replacement="base64.encodebytes() / base64.decodebytes()", kind="alias")
def _encodestring(base64, ctx):
    namespace = base64.__dict__

    def encodestring(s):
        """Legacy alias of encodebytes()."""
        ctx.warn("base64.encodestring()", instead="base64.encodebytes()", stacklevel=1)
        return namespace["encodebytes"](s)

    def decodestring(s):
        """Legacy alias of decodebytes()."""
        ctx.warn("base64.decodestring()", instead="base64.decodebytes()", stacklevel=1)
        return namespace["decodebytes"](s)

    for function in (encodestring, decodestring):
        function.__module__ = base64.__name__
        ctx.restore(base64, function.__name__, function)


@_encodestring.hide
def _hide_encodestring(base64):
    for name in _NAMES:
        base64.__dict__.pop(name, None)
