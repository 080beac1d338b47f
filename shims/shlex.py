"""Shims for the shlex module, written from the documentation and from the observed
behaviour of 3.8 to 3.12.

- shlex-split-none (removed 3.12): shlex.split(None, comments=False, posix=True) reads the
  words from sys.stdin (as the shlex class does when given no string), with the same
  comment and POSIX handling as for a string. 3.8 did not warn (3.9 to 3.11 did); the shim
  warns at each such call.
"""
from _compat_engine import shim


@shim("shlex-split-none", removed_in="3.12", replacement="pass a string",
      kind="behaviour-change")
def _split_none(shlex, ctx):
    original = shlex.split
    if getattr(original, "_pythonc_none", False):
        return

    def split(s, comments=False, posix=True):
        if s is not None:
            return original(s, comments, posix)
        ctx.warn("shlex.split(None)", stacklevel=1)
        lexer = shlex.shlex(None, posix=posix)
        lexer.whitespace_split = True
        if not comments:
            lexer.commenters = ""
        return list(lexer)

    split.__name__ = split.__qualname__ = "split"
    split.__module__ = original.__module__
    split.__doc__ = original.__doc__
    split.__wrapped__ = original
    split._pythonc_none = True
    shlex.split = split


@_split_none.hide
def _hide_split_none(shlex):
    original = shlex.split

    def split(s, comments=False, posix=True):
        if s is None:
            raise ValueError("s argument must not be None")
        return original(s, comments, posix)

    split.__name__ = split.__qualname__ = "split"
    shlex.split = split
