"""Shims for the ftplib module.

- ftplib-default-encoding-utf8 (changed in 3.9): FTP and FTP_TLS talked latin-1 on the
  control connection unless the program changed the `encoding` attribute; 3.9 added an
  `encoding=` keyword that defaults to UTF-8 and stores it on each instance.  Under an older
  compatibility version the class attribute FTP.encoding is "latin-1" again and an FTP or
  FTP_TLS made without `encoding=` uses the class's value (so `class MyFTP(FTP): encoding =
  "utf-8"`, the 3.8 way of choosing, works again); an explicit `encoding=` still wins.
  An object made on the restored default warns once, when it first sends a command that is
  not plain ASCII (the one place the default shows).
"""
from _compat_engine import shim

_OLD_DEFAULT = "latin-1"
_UNGIVEN = object()


def _takes_encoding(function):
    code = getattr(function, "__code__", None)
    if code is None:
        return False
    return "encoding" in code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]


@shim("ftplib-default-encoding-utf8", removed_in="3.9",
      replacement='pass encoding="latin-1" (or the server\'s encoding) explicitly',
      kind="default-change")
def _default_encoding(ftplib, ctx):
    ctx.restore(ftplib.FTP, "encoding", _OLD_DEFAULT)
    for cls in (ftplib.FTP, getattr(ftplib, "FTP_TLS", None)):
        if cls is None:
            continue
        original = cls.__dict__.get("__init__")
        if original is None or getattr(original, "_pythonc_latin1", False) \
                or not _takes_encoding(original):
            continue

        def __init__(self, *args, encoding=_UNGIVEN, _original=original, _name=cls.__name__,
                     **kwargs):
            if encoding is _UNGIVEN:
                encoding = self.__dict__.get("encoding", _UNGIVEN)
            if encoding is _UNGIVEN:
                # the value a 3.8 program sees: its class's (or a subclass's) attribute
                encoding = getattr(type(self), "encoding", _OLD_DEFAULT)
                if not isinstance(encoding, str):
                    encoding = _OLD_DEFAULT
                self._pythonc_default_encoding = _name
                _original(self, *args, encoding=encoding, **kwargs)
                if self.__dict__.get("encoding") == encoding:
                    # read through the class again, as 3.8 did
                    del self.__dict__["encoding"]
                return
            _original(self, *args, encoding=encoding, **kwargs)

        __init__.__qualname__ = cls.__name__ + ".__init__"
        __init__.__module__ = ftplib.__name__
        __init__.__doc__ = original.__doc__
        __init__.__wrapped__ = original
        __init__._pythonc_latin1 = True
        cls.__init__ = __init__
    _warn_on_non_ascii(ftplib.FTP, ctx)


def _warn_on_non_ascii(FTP, ctx):
    """Warn (once per object) when an object on the restored default first sends a command
    that is not plain ASCII: the one point where the old default makes a difference on the
    wire.  Constructing one does not warn; 3.8 programs make many that never do."""
    putline = FTP.__dict__.get("putline")
    if putline is None or getattr(putline, "_pythonc_latin1", False):
        return

    def _putline(self, line, *args, **kwargs):
        name = self.__dict__.get("_pythonc_default_encoding")
        if name and "encoding" not in self.__dict__ and not line.isascii():
            del self._pythonc_default_encoding
            ctx.warn("the default encoding %r of ftplib.%s" % (self.encoding, name),
                     instead='encoding="latin-1" or another explicit encoding',
                     stacklevel=_outside_ftplib(2))
        return putline(self, line, *args, **kwargs)

    _putline.__name__ = "putline"
    _putline.__qualname__ = "FTP.putline"
    _putline.__doc__ = putline.__doc__
    _putline.__wrapped__ = putline
    _putline._pythonc_latin1 = True
    FTP.putline = _putline


def _outside_ftplib(level):
    import sys
    frame = sys._getframe(level + 1)
    while frame is not None and frame.f_globals.get("__name__") == "ftplib":
        level += 1
        frame = frame.f_back
    return level


@_default_encoding.hide
def _hide_default_encoding(ftplib):
    """Make an older ftplib behave as 3.9's: an `encoding` keyword defaulting to UTF-8,
    stored on the instance, and no class-level latin-1."""
    if "encoding" in vars(ftplib.FTP):
        del ftplib.FTP.encoding
    for cls in (ftplib.FTP, getattr(ftplib, "FTP_TLS", None)):
        if cls is None or _takes_encoding(cls.__dict__.get("__init__")):
            continue
        original = cls.__dict__["__init__"]

        def __init__(self, *args, encoding=_UNGIVEN, _original=original, **kwargs):
            if encoding is _UNGIVEN:
                encoding = self.__dict__.get("encoding", "utf-8")
            self.encoding = encoding
            _original(self, *args, **kwargs)

        __init__.__qualname__ = cls.__name__ + ".__init__"
        cls.__init__ = __init__
