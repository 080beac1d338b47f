"""Shims for the pickle module, written from the documentation and from what the real
interpreters of each release write.

- pickle-default-protocol-4 (removed 3.8): protocol 3 is the default again.
- pickle-default-protocol-5 (removed 3.14): protocol 4 is the default again.

With either one active, a pickle made without a protocol (pickle.dump(), pickle.dumps(),
pickle.Pickler(file), and the pure-Python pickle._Pickler) uses the default of the
compatibility version (3 below 3.8, 4 below 3.14), and pickle.DEFAULT_PROTOCOL says so: the
files old code writes are the bytes the old release wrote, which that release can read. A
given protocol (None aside) is passed through untouched. The C accelerator has a default of
its own, compiled in, so the module's dump() and dumps() are wrapped and pickle.Pickler
becomes a subclass of _pickle.Pickler that fills in the protocol; classes derived from
pickle.Pickler afterwards (multiprocessing's ForkingPickler, picklers with a copyreg
dispatch_table) inherit that. When both are active the lower value wins.

It does not warn. The program uses no removed API: it pickles as it always did, and gets
what the old release gave it. A warning at every pickle would land in every program that
never chose a protocol, and in the counts of tests that record their warnings (as a
compatibility version below 3.14 makes pickles readable by the releases it names, there is
nothing for the program to change).
"""
from _compat_engine import shim

_MARK = "_pythonc_protocol"


def _dress(wrapper, running):
    for attribute in ("__name__", "__qualname__", "__module__", "__doc__"):
        try:
            setattr(wrapper, attribute, getattr(running, attribute))
        except (AttributeError, TypeError):
            pass
    wrapper.__wrapped__ = running
    return wrapper


def _install(pickle):
    """The wrappers' shared setting in this pickle module: {"protocol", "hidden"}.
    The wrappers are put in place the first time."""
    state = getattr(pickle.__dict__.get("dumps"), _MARK, None)
    if state is not None:
        return state
    state = {"protocol": None, "hidden": None}

    def choose(protocol):
        """The protocol for one call: the one given, or the chosen default (warning)."""
        if protocol is not None:
            return protocol
        chosen = state["protocol"]
        if chosen is None:
            return state["hidden"]
        return chosen

    real_dumps, real_dump, real_pickler = pickle.dumps, pickle.dump, pickle.Pickler

    def dumps(obj, protocol=None, *args, **kwargs):
        return real_dumps(obj, choose(protocol), *args, **kwargs)

    def dump(obj, file, protocol=None, *args, **kwargs):
        return real_dump(obj, file, choose(protocol), *args, **kwargs)

    def __init__(self, file, protocol=None, *args, **kwargs):
        real_pickler.__init__(self, file, choose(protocol), *args, **kwargs)

    namespace = {"__init__": __init__, "__doc__": real_pickler.__doc__,
                 "__module__": real_pickler.__module__}
    Pickler = type(real_pickler)(real_pickler.__name__, (real_pickler,), namespace)
    Pickler.__qualname__ = real_pickler.__qualname__
    __init__.__qualname__ = real_pickler.__qualname__ + ".__init__"
    setattr(Pickler, _MARK, state)

    _dress(dumps, real_dumps)
    _dress(dump, real_dump)
    setattr(dumps, _MARK, state)
    pickle.dumps, pickle.dump, pickle.Pickler = dumps, dump, Pickler
    return state


def _lower(pickle, protocol):
    state = _install(pickle)
    if state["protocol"] is None or protocol < state["protocol"]:
        state["protocol"] = protocol
        pickle.DEFAULT_PROTOCOL = protocol


@shim("pickle-default-protocol-4", removed_in="3.8",
      replacement="an explicit protocol= (protocol=3 where Python 3.0 to 3.7 must read it)",
      kind="default-change")
def _protocol_3(pickle, ctx):
    _lower(pickle, 3)


@shim("pickle-default-protocol-5", removed_in="3.14",
      replacement="an explicit protocol= (protocol=4 where Python 3.4 to 3.7 must read it)",
      kind="default-change")
def _protocol_4(pickle, ctx):
    _lower(pickle, 4)


@_protocol_4.hide
def _hide_protocol_4(pickle):
    # 3.14's default on an older release: protocol 5, unless a shim already chose one.
    state = _install(pickle)
    state["hidden"] = 5
    if state["protocol"] is None:
        pickle.DEFAULT_PROTOCOL = 5
