"""Shims for multiprocessing: the default start method (changed in 3.14).

Up to 3.13 the default start method on Linux and the BSDs was "fork"; 3.14 made it
"forkserver".  Code written for the old default (a Process or Pool target that is a lambda or
a closure, children that rely on module state changed after import, unpicklable arguments)
breaks under forkserver.  Where the running default is forkserver, the default context goes
back to fork: get_start_method() answers "fork", get_all_start_methods() lists it first, and
Process, Pool, Manager and concurrent.futures.ProcessPoolExecutor without an explicit context
fork as they did.  An explicit set_start_method() or get_context(name) still wins.  Each
process started through the restored default warns.  The risk fork carries when the parent
has threads running is exactly the one 3.13 and earlier had (3.12+ still warns about it).
"""
from _compat_engine import shim

# Packages whose frames stand between the user's code and the start of a process.
_INTERNAL = ("multiprocessing", "concurrent")


def _caller_level(sys):
    """The stacklevel of the first frame outside multiprocessing / concurrent.futures."""
    level, frame = 1, sys._getframe(2)
    while frame is not None and frame.f_globals.get("__name__", "").partition(".")[0] in _INTERNAL:
        level += 1
        frame = frame.f_back
    return level


@shim("multiprocessing-default-forkserver", target="multiprocessing.context", removed_in="3.14",
      replacement='multiprocessing.get_context("fork") or set_start_method("fork")',
      kind="default-change")
def _default_fork(context, ctx):
    default = getattr(context, "_default_context", None)
    concrete = getattr(context, "_concrete_contexts", None)
    if not isinstance(default, getattr(context, "DefaultContext", ())) \
            or not isinstance(concrete, dict) or "fork" not in concrete:
        return
    lazy = vars(type(default)).get("_default_context")
    if hasattr(lazy, "func") and hasattr(lazy, "__set_name__") \
            and "_default_context" not in vars(default):
        # 3.14 computes the platform's default on first use (a cached_property, whose
        # computation imports more of multiprocessing): decide then, not at import.
        def _default_context(self):
            return _fork_if_forkserver(context, ctx, concrete, lazy.func(self))

        replacement = type(lazy)(_default_context)
        replacement.__set_name__(type(default), "_default_context")
        type(default)._default_context = replacement
    else:
        default._default_context = _fork_if_forkserver(context, ctx, concrete,
                                                       default._default_context)


def _fork_if_forkserver(context, ctx, concrete, current):
    """The fork context standing for `current` when that is the forkserver default."""
    import sys

    if getattr(current, "_name", None) != "forkserver":
        return current  # the platform's default is not the one 3.14 changed (macOS: spawn)

    real_process = concrete["fork"].Process

    class ForkProcess(real_process):
        @staticmethod
        def _Popen(process_obj):
            ctx.warn("the default start method \"fork\"",
                     instead='multiprocessing.get_context("fork") where fork is needed',
                     stacklevel=_caller_level(sys))
            return real_process._Popen(process_obj)

    class ForkContext(type(concrete["fork"])):
        Process = ForkProcess

    for cls in (ForkProcess, ForkContext):
        cls.__module__ = context.__name__
        cls.__qualname__ = cls.__name__
    return ForkContext()


@_default_fork.hide
def _hide_default_fork(context):
    default = context._default_context
    forkserver = context._concrete_contexts.get("forkserver")
    if forkserver is not None and getattr(default._default_context, "_name", None) == "fork":
        default._default_context = forkserver
