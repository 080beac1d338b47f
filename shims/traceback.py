"""Shims for the traceback module, written from the documentation and from the observed
behaviour of 3.8 and 3.9.

- traceback-etype-renamed (3.10): format_exception(), print_exception() and
  format_exception_only() took their first argument as `etype`, and old code passed it (and
  the rest) by keyword. A call that names `etype=` is bound against the 3.8 signature (so a
  missing or repeated argument fails with 3.8's TypeError) and then answered as 3.8 did:
  format_exception() and print_exception() ignore `etype` and describe `value`;
  format_exception_only() describes `etype` and `value` as given. Calls without `etype=`
  go straight to the current functions. 3.8 did not warn; the shim warns at each such call.
"""
from _compat_engine import shim

# Binders with the 3.8 signatures: calling one with the arguments of a call that names
# etype= raises exactly 3.8's TypeError (their names are those of the 3.8 functions).
def format_exception(etype, value, tb, limit=None, chain=True):
    return value, tb, limit, chain


def print_exception(etype, value, tb, limit=None, file=None, chain=True):
    return value, tb, limit, file, chain


def format_exception_only(etype, value):
    return etype, value


_sig_format_exception = format_exception
_sig_print_exception = print_exception
_sig_format_exception_only = format_exception_only
del format_exception, print_exception, format_exception_only


def _copy_identity(wrapper, original):
    for name in ("__module__", "__name__", "__qualname__", "__doc__"):
        setattr(wrapper, name, getattr(original, name, None))
    wrapper.__wrapped__ = original
    return wrapper


@shim("traceback-etype-renamed", removed_in="3.10",
      replacement="positional arguments (or the exception alone)", kind="parameter")
def _etype_keyword(traceback, ctx):
    originals = {name: getattr(traceback, name) for name in
                 ("format_exception", "print_exception", "format_exception_only")}
    if any(getattr(f, "_pythonc_etype", False) for f in originals.values()):
        return
    TracebackException = traceback.TracebackException
    orig_format = originals["format_exception"]
    orig_print = originals["print_exception"]
    orig_only = originals["format_exception_only"]

    def format_exception(*args, **kwargs):
        if "etype" not in kwargs:
            return orig_format(*args, **kwargs)
        value, tb, limit, chain = _sig_format_exception(*args, **kwargs)
        ctx.warn("traceback.format_exception(etype=...)", stacklevel=1)
        return orig_format(value, value, tb, limit=limit, chain=chain)

    def print_exception(*args, **kwargs):
        if "etype" not in kwargs:
            return orig_print(*args, **kwargs)
        value, tb, limit, file, chain = _sig_print_exception(*args, **kwargs)
        ctx.warn("traceback.print_exception(etype=...)", stacklevel=1)
        return orig_print(value, value, tb, limit=limit, file=file, chain=chain)

    def format_exception_only(*args, **kwargs):
        if "etype" not in kwargs:
            return orig_only(*args, **kwargs)
        etype, value = _sig_format_exception_only(*args, **kwargs)
        ctx.warn("traceback.format_exception_only(etype=...)", stacklevel=1)
        return list(TracebackException(etype, value, None).format_exception_only())

    for wrapper, original in ((format_exception, orig_format), (print_exception, orig_print),
                              (format_exception_only, orig_only)):
        _copy_identity(wrapper, original)
        wrapper._pythonc_etype = True
        setattr(traceback, original.__name__, wrapper)


@_etype_keyword.hide
def _hide_etype_keyword(traceback):
    """3.10's signatures on an older runtime: the first argument is positional-only."""
    for name in ("format_exception", "print_exception", "format_exception_only"):
        original = getattr(traceback, name)

        def refusing(*args, _original=original, _name=name, **kwargs):
            if "etype" in kwargs:
                raise TypeError("%s() got an unexpected keyword argument 'etype'" % _name)
            return _original(*args, **kwargs)

        _copy_identity(refusing, original)
        setattr(traceback, name, refusing)
