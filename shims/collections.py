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
