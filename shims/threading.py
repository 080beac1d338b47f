"""Shims for the threading module: Thread.isAlive() (removed in 3.9).

isAlive() was the old spelling of is_alive(): each call warns, attributed to the caller, then
returns self.is_alive() (so a subclass that overrides is_alive() is honoured, as in 3.8).
"""
from _compat_engine import shim


@shim("threading-isalive", removed_in="3.9", replacement="threading.Thread.is_alive()",
      kind="alias")
def _isalive(threading, ctx):
    def isAlive(self):
        """Return whether the thread is alive.

        This method is deprecated, use is_alive() instead.
        """
        ctx.warn("threading.Thread.isAlive()", stacklevel=1)
        return self.is_alive()

    isAlive.__module__ = threading.__name__
    isAlive.__qualname__ = "Thread.isAlive"
    ctx.restore(threading.Thread, "isAlive", isAlive)


@_isalive.hide
def _hide_isalive(threading):
    if "isAlive" in vars(threading.Thread):
        delattr(threading.Thread, "isAlive")
