"""Shims for the argparse module: BooleanOptionalAction's type, choices and metavar
parameters (removed in 3.14).

From 3.9 to 3.13 BooleanOptionalAction(option_strings, dest, default=None, type=None,
choices=None, required=False, help=None, metavar=None) took them, in that order, and only
stored them on the action (a --flag/--no-flag pair consumes no value, so nothing used them).
The restored __init__ takes the old order and keywords, warns when any of the three is given
(attributed to the first caller outside argparse, as add_argument() is how it is usually
reached), and stores them after the running __init__ has run.
"""
from _compat_engine import shim

_MISSING = object()
_REMOVED = ("type", "choices", "metavar")


@shim("argparse-booleanoptionalaction-params", removed_in="3.14",
      replacement="BooleanOptionalAction without type, choices and metavar", kind="parameter")
def _boolean_optional_params(argparse, ctx):
    import sys

    cls = getattr(argparse, "BooleanOptionalAction", None)
    running = cls.__dict__.get("__init__") if cls is not None else None
    code = getattr(running, "__code__", None)
    if code is None or hasattr(running, "_pythonc_original") or "metavar" in code.co_varnames:
        return          # the running __init__ still takes them (or is already wrapped)
    takes_deprecated = "deprecated" in code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]

    def __init__(self, option_strings, dest, default=None, type=_MISSING, choices=_MISSING,
                 required=False, help=None, metavar=_MISSING, *, deprecated=_MISSING):
        given = [(name, value) for name, value in zip(_REMOVED, (type, choices, metavar))
                 if value is not _MISSING]
        if given:
            level, frame = 1, sys._getframe(1)
            while frame is not None and frame.f_globals.get("__name__") == argparse.__name__:
                level += 1
                frame = frame.f_back
            ctx.warn("BooleanOptionalAction's %s parameter%s"
                     % (", ".join(name for name, _ in given), "s" if len(given) > 1 else ""),
                     stacklevel=level)
        kwargs = {"default": default, "required": required, "help": help}
        if deprecated is not _MISSING:
            if not takes_deprecated:
                raise TypeError("__init__() got an unexpected keyword argument 'deprecated'")
            kwargs["deprecated"] = deprecated
        running(self, option_strings, dest, **kwargs)
        for name, value in given:
            setattr(self, name, value)

    __init__.__module__ = running.__module__
    __init__.__qualname__ = running.__qualname__
    if hasattr(code, "co_qualname"):       # 3.11+: argument errors name the code's qualname
        __init__.__code__ = __init__.__code__.replace(co_qualname=code.co_qualname)
    __init__.__doc__ = running.__doc__
    __init__._pythonc_original = running
    cls.__init__ = __init__


@_boolean_optional_params.hide
def _hide_boolean_optional_params(argparse):
    cls = getattr(argparse, "BooleanOptionalAction", None)
    if cls is None:
        return
    original = cls.__dict__["__init__"]

    if "deprecated" in original.__code__.co_varnames:          # 3.13
        def __init__(self, option_strings, dest, default=None, required=False, help=None,
                     deprecated=False):
            original(self, option_strings, dest, default=default, required=required,
                     help=help, deprecated=deprecated)
    else:
        def __init__(self, option_strings, dest, default=None, required=False, help=None):
            original(self, option_strings, dest, default=default, required=required,
                     help=help)

    __init__.__qualname__ = original.__qualname__
    cls.__init__ = __init__
