"""Shims for the built-in open(): the "U" (universal newlines) mode flag, gone in 3.11.

Up to 3.10, open() and io.open() (one object) took "U" alone or with "r" and one of "b"/"t",
each character once, in any order. It warned and changed nothing else: text mode already
reads with universal newlines, and binary mode leaves the bytes alone. With "x", "w", "a" or
"+" it was refused with its own ValueError. fileinput.FileInput() and fileinput.input() took
"rU" and "U" besides "r" and "rb", warned, and handed the mode on to the open() they call.

One wrapper replaces the original open wherever it is published (builtins.open, io.open,
_io.open, io.OpenWrapper), so `io.open is open` holds; it costs one `"U" in mode` test on
each call and passes every other mode on untouched.
codecs.open(), os.fdopen() and pathlib.Path.open() go through it (they call builtins.open or
io.open at call time).

That wrapper is written in C (launcher/open_guard.c), because builtins and io are imported
by every start-up: it calls open_u() below for a mode holding "U". The Python wrappers below
serve only the simulated removal (a test knob on 3.8 to 3.10, which still take "U"), and
fileinput, which is imported on demand.
"""
import sys

from _compat_engine import shim

_MODE_LETTERS = frozenset("xrwa+tbU")
_WRITE_LETTERS = frozenset("xwa+")
_U_WITH_WRITING = "mode U cannot be combined with 'x', 'w', 'a', or '+'"
_NOT_A_MODE = "?"                   # refused by every open(), after its other checks
_FILEINPUT_U_MODES = ("rU", "U")
_FILEINPUT_MODES_THEN = "FileInput opening mode must be one of 'r', 'rU', 'U' and 'rb'"
_FILEINPUT_MODES_NOW = "FileInput opening mode must be 'r' or 'rb'"
_FILEINPUT_LATE_ERRORS = ("FileInput cannot use an opening hook",
                          "FileInput openhook must be callable")

_accepting = {}     # an original open -> the open that takes "U" (shared by builtins and io)
_refusing = {}      # an original open -> the open that refuses "U" as 3.11 does (simulation)


def _mode_argument(args, kwargs):
    return args[1] if len(args) > 1 else kwargs.get("mode", "r")


def _replace_mode(args, kwargs, mode):
    if len(args) > 1:
        return args[:1] + (mode,) + args[2:], kwargs
    kwargs = dict(kwargs)
    kwargs["mode"] = mode
    return args, kwargs


def _is_flag_set(mode):
    """True when every character of mode is a known open() flag and none is repeated; any
    other mode was "invalid mode" on 3.10 exactly as it is now."""
    return _MODE_LETTERS.issuperset(mode) and len(set(mode)) == len(mode)


def _check_other_arguments(original, args, kwargs):
    """Raise whatever `original` finds wrong before it reads the mode (argument types, the
    file argument): 3.10 checked those before it looked at "U"."""
    args, kwargs = _replace_mode(args, kwargs, _NOT_A_MODE)
    try:
        stream = original(*args, **kwargs)
    except ValueError as exc:
        if exc.args == ("invalid mode: '%s'" % _NOT_A_MODE,):
            return
        raise
    stream.close()


def _copy_identity(wrapper, original):
    for name in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapper, name, getattr(original, name))
        except (AttributeError, TypeError):
            pass
    wrapper.__wrapped__ = original
    return wrapper


class _OpenWrapper:
    """Stands in for the built-in open(). An object rather than a function because, like a
    built-in function, it must not bind as a method where a class stores it (`opener = open`
    in a class body; 3.10's pathlib does `open = io.open`). It answers to __name__,
    __qualname__, __doc__, __module__, __wrapped__, repr() and pickle like the original."""

    def __init__(self, original, ctx=None):
        _copy_identity(self, original)
        self._ctx = ctx

    def __repr__(self):
        return repr(self.__wrapped__)

    def __reduce__(self):
        return self.__qualname__


class _AcceptingOpen(_OpenWrapper):
    def __call__(self, *args, **kwargs):
        mode = args[1] if len(args) > 1 else kwargs.get("mode", "r")
        if isinstance(mode, str) and "U" in mode:
            return _open_with_u(self.__wrapped__, self._ctx, mode, args, kwargs)
        return self.__wrapped__(*args, **kwargs)


class _RefusingOpen(_OpenWrapper):
    """3.11's open() on an older runtime (simulated removal): "U" is an invalid mode."""

    def __call__(self, *args, **kwargs):
        mode = _mode_argument(args, kwargs)
        if isinstance(mode, str) and "U" in mode and _is_flag_set(mode):
            _check_other_arguments(self.__wrapped__, args, kwargs)
            raise ValueError("invalid mode: '%s'" % (mode,))
        return self.__wrapped__(*args, **kwargs)


def open_u(ctx, original, args, kwargs):
    """Called by the C wrapper for a str mode holding "U"."""
    return _open_with_u(original, ctx, _mode_argument(args, kwargs), args, kwargs)


def _open_with_u(original, ctx, mode, args, kwargs):
    """The slow path of the wrapper: a str mode containing "U"."""
    if not _is_flag_set(mode):
        return original(*args, **kwargs)
    if len(args) + len(kwargs) > 2 or not isinstance(args[0] if args else None, (str, bytes)):
        # (With only a str or bytes file and the mode, nothing can be wrong before the mode.)
        _check_other_arguments(original, args, kwargs)
    if not _WRITE_LETTERS.isdisjoint(mode):
        raise ValueError(_U_WITH_WRITING)
    without_u = mode.replace("U", "")
    if "r" not in without_u:
        without_u = "r" + without_u
    ctx.warn("open() mode %r" % (mode,),
             "mode %r (text mode reads universal newlines by default)" % (without_u,),
             stacklevel=2)
    args, kwargs = _replace_mode(args, kwargs, without_u)
    stream = original(*args, **kwargs)
    if "b" not in mode:
        # 3.10 left the mode as given on the text layer ("rU", "U", "tU", ...).
        try:
            stream.mode = mode
        except (AttributeError, TypeError):
            pass
    return stream


def _wrap_open(module, table, make):
    """Put make(original) in place of module.open, one wrapper per original, so that
    builtins.open, io.open and _io.open stay one object.

    Compatibility set at start-up is applied before the main phase of initialisation, when
    builtins has no open() yet: the main phase imports io (patched as it is imported) and
    then copies io.open into builtins. Patching io also patches builtins when builtins
    already holds the same original, so the two stay one object either way."""
    current = getattr(module, "open", None)
    if current is None or any(current is made for made in table.values()):
        return
    wrapper = table.get(current)
    if wrapper is None:
        wrapper = table[current] = make(current)
    module.open = wrapper
    if module.__name__ == "io":
        # The same object under its other names: builtins.open (see above), _io.open (its
        # __module__ from 3.12 on, where pickle looks it up) and io.OpenWrapper (up to 3.9
        # the main phase copies that one into builtins).
        for other in (sys.modules.get("builtins"), sys.modules.get("_io")):
            if other is not None and getattr(other, "open", None) is current:
                other.open = wrapper
        if module.__dict__.get("OpenWrapper") is current:
            module.OpenWrapper = wrapper


def _accepting_init(original, ctx):
    def __init__(self, *args, **kwargs):
        mode = kwargs.get("mode", "r")
        if mode not in _FILEINPUT_U_MODES:
            try:
                return original(self, *args, **kwargs)
            except ValueError as exc:
                if exc.args != (_FILEINPUT_MODES_NOW,):
                    raise
            # The modes it lists are again not all the modes it takes.
            raise ValueError(_FILEINPUT_MODES_THEN)
        kwargs["mode"] = "r"
        late_error = None
        try:
            original(self, *args, **kwargs)
        except ValueError as exc:
            # 3.10 warned after checking the files and the mode, before checking openhook.
            if not str(exc).startswith(_FILEINPUT_LATE_ERRORS):
                raise
            late_error = exc
        ctx.warn("fileinput mode %r" % (mode,),
                 "mode 'r' (text mode reads universal newlines by default)", stacklevel=1)
        if late_error is not None:
            try:
                raise late_error
            finally:
                late_error = None
        # Kept as given, as 3.10 did: the files are then opened (and an openhook called)
        # with this mode, which the open() above accepts.
        self._mode = mode
    return _copy_identity(__init__, original)


def _refusing_init(original):
    def __init__(self, *args, **kwargs):
        if kwargs.get("mode", "r") in _FILEINPUT_U_MODES:
            kwargs["mode"] = _NOT_A_MODE
        try:
            return original(self, *args, **kwargs)
        except ValueError as exc:
            if not str(exc).startswith("FileInput opening mode"):
                raise
        raise ValueError(_FILEINPUT_MODES_NOW)
    return _copy_identity(__init__, original)


def _wrap_fileinput(fileinput, kind, make):
    """Put make(original) in place of FileInput.__init__, once per kind."""
    klass = fileinput.FileInput
    current = klass.__dict__["__init__"]
    if getattr(current, "_pythonc_open_u_mode", None) == kind:
        return
    wrapper = make(current)
    wrapper._pythonc_open_u_mode = kind
    klass.__init__ = wrapper


@shim("open-u-mode", target=("builtins", "io", "fileinput"), removed_in="3.11",
      replacement="the mode without 'U' (text mode reads universal newlines by default; "
                  "see newline=)", kind="parameter")
def _u_mode(module, ctx):
    if module.__name__ == "fileinput":
        _wrap_fileinput(module, "accepting", lambda original: _accepting_init(original, ctx))
    else:
        _wrap_open(module, _accepting, lambda original: _AcceptingOpen(original, ctx))


@_u_mode.hide
def _hide_u_mode(module):
    if module.__name__ == "fileinput":
        _wrap_fileinput(module, "refusing", _refusing_init)
    else:
        _wrap_open(module, _refusing, _RefusingOpen)
