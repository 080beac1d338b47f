"""Shims for the collections module."""
from _compat_engine import shim

# The ABCs that 3.3 to 3.9 also served as collections.<name>: exactly the names of
# collections.abc at the time (Buffer, added in 3.12, never was one of them).
ABC_NAMES = (
    "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
    "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
    "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
    "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence",
    "ByteString",
)


@shim("collections-abc-aliases", removed_in="3.10", replacement="collections.abc",
      kind="alias")
def _abc_aliases(collections, ctx):
    # _collections_abc (what collections.abc re-exports) is loaded by every start-up; taking
    # it from sys.modules avoids an import here, which could meet another thread's import
    # locks while collections itself is being imported.
    import sys
    abc = sys.modules.get("_collections_abc") or __import__("_collections_abc")
    for name in ABC_NAMES:
        if hasattr(abc, name):
            # 3.7 to 3.9 warned at the first use of each name, then stored it in the module.
            ctx.alias(collections, name, (lambda n=name: getattr(abc, n)),
                      what="collections.%s" % name, instead="collections.abc.%s" % name,
                      cache=True)


@_abc_aliases.hide
def _hide_abc_aliases(collections):
    for name in ABC_NAMES:
        collections.__dict__.pop(name, None)
    collections.__dict__.pop("__getattr__", None)


# ---- namedtuple-asdict-dict ----------------------------------------------------------------

def _is_generated_asdict(function, collections):
    """Whether `function` is the _asdict() that this collections module's namedtuple() wrote
    into a class (not one a subclass or the program defined)."""
    code = getattr(function, "__code__", None)
    return (code is not None and code.co_name == "_asdict"
            and getattr(function, "__globals__", None) is collections.__dict__)


@shim("namedtuple-asdict-dict", removed_in="3.8",
      replacement="OrderedDict(nt._asdict()) where OrderedDict features are needed",
      kind="behaviour-change")
def _asdict_ordered(collections, ctx):
    """3.1 to 3.7: _asdict() of every namedtuple class returned an OrderedDict. Under this
    shim, classes made by namedtuple() (and so by typing.NamedTuple) from now on get such an
    _asdict(), and so do the ones made before the shim applied (the version lowered at run
    time): all are direct subclasses of tuple. Every call warns, attributed to the caller:
    code that relies on OrderedDict (move_to_end(), order-sensitive ==, its repr) has to
    ask for it on 3.8+."""
    import sys
    real = collections.namedtuple
    if getattr(real, "_pythonc_ordered", False):
        return
    ordered = collections.OrderedDict
    module_name = collections.__name__

    def patch(cls):
        def _asdict(self):
            """A new OrderedDict mapping the field names to their values."""
            ctx.warn("namedtuple._asdict() returning an OrderedDict", stacklevel=1)
            return ordered(zip(self._fields, self))

        _asdict.__qualname__ = cls.__qualname__ + "._asdict"
        _asdict.__module__ = module_name
        cls._asdict = _asdict

    def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
        if module is None:
            # What namedtuple() itself would take from its caller's frame.
            try:
                module = sys._getframe(1).f_globals.get("__name__", "__main__")
            except (AttributeError, ValueError):
                pass
        cls = real(typename, field_names, rename=rename, defaults=defaults, module=module)
        if _is_generated_asdict(cls.__dict__.get("_asdict"), collections):
            patch(cls)
        return cls

    for attribute in ("__module__", "__name__", "__qualname__", "__doc__"):
        setattr(namedtuple, attribute, getattr(real, attribute))
    namedtuple.__wrapped__ = real       # inspect.signature() and getsource() see the real one
    namedtuple._pythonc_ordered = True
    collections.namedtuple = namedtuple
    for cls in tuple.__subclasses__():
        if _is_generated_asdict(cls.__dict__.get("_asdict"), collections):
            patch(cls)


@_asdict_ordered.hide
def _hide_asdict_ordered(collections):
    """Nothing to hide: every runtime pythonc builds on (3.8+) returns a dict already."""
