"""Shim case collections-abc-aliases: the ABCs reached through `collections` (removed in 3.10).

Python 3.3-3.9 let `collections.Mapping` & co. stand for `collections.abc.Mapping`; 3.7-3.9 emit
a DeprecationWarning on the first access of each name (the name is then cached in the module, so
later accesses are silent - this case only measures first accesses).  The oracle lists 25 names:
everything in collections.abc.__all__ of 3.8, including `Collection`.
"""
import os
import sys
import warnings


# collections.abc.__all__ as of Python 3.8, in its order.
OLD_NAMES = [
    "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
    "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
    "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView",
    "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence", "ByteString",
]


def here():
    """The caller's current line: the marker warning line numbers are measured against."""
    return sys._getframe(1).f_lineno


def report(label, caught, base):
    print(label, [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
                  for w in caught])


print("== from-import")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); from collections import Mapping, MutableMapping, Sequence, Callable
report("from collections import Mapping, MutableMapping, Sequence, Callable:", caught, base)

import collections
import collections.abc

print("== first attribute access of every other old name")
for name in OLD_NAMES:
    if name in ("Mapping", "MutableMapping", "Sequence", "Callable"):
        continue
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here(); value = getattr(collections, name)
    print(name, value is getattr(collections.abc, name), value.__module__, value.__name__)
    report("  warnings:", caught, base)

print("== identity with collections.abc")
print(Mapping is collections.abc.Mapping, MutableMapping is collections.abc.MutableMapping,
      Sequence is collections.abc.Sequence, Callable is collections.abc.Callable)
print(all(getattr(collections, n) is getattr(collections.abc, n) for n in OLD_NAMES))
print(all(hasattr(collections, n) for n in OLD_NAMES))

print("== isinstance / issubclass")
print(isinstance({}, collections.Mapping), isinstance({}, collections.MutableMapping),
      isinstance((), collections.Mapping), isinstance([], collections.Sequence),
      isinstance("s", collections.Sequence), isinstance([], collections.MutableSequence),
      isinstance((), collections.MutableSequence))
print(isinstance(len, collections.Callable), isinstance(3, collections.Callable),
      isinstance(3, collections.Hashable), isinstance([], collections.Hashable),
      isinstance(iter([]), collections.Iterator), isinstance([], collections.Iterator),
      isinstance(b"x", collections.ByteString), isinstance(frozenset(), collections.Set),
      isinstance(set(), collections.MutableSet), isinstance({}.keys(), collections.KeysView),
      isinstance({}.items(), collections.ItemsView), isinstance({}.values(), collections.ValuesView),
      isinstance([], collections.Collection), isinstance([], collections.Reversible))
print(issubclass(dict, collections.MutableMapping), issubclass(list, collections.Sized),
      issubclass(int, collections.Container), issubclass(str, collections.Iterable),
      issubclass(tuple, collections.MutableSequence))


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


c = coro()
print(isinstance(gen(), collections.Generator), isinstance(c, collections.Coroutine),
      isinstance(c, collections.Awaitable), isinstance(agen(), collections.AsyncGenerator),
      isinstance(agen(), collections.AsyncIterator), isinstance(agen(), collections.AsyncIterable))
c.close()

print("== subclassing collections.MutableMapping")


class LowerDict(collections.MutableMapping):
    """A legacy dict-like class: keys are case-insensitive."""

    def __init__(self, *args, **kwargs):
        self._data = {}
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        return self._data[key.lower()]

    def __setitem__(self, key, value):
        self._data[key.lower()] = value

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


d = LowerDict({"A": 1}, B=2)
d["C"] = 3
print(sorted(d.items()), d["a"], d.get("x", "default"), "b" in d, len(d))
print(d.pop("A"), d.setdefault("d", 4), sorted(d.keys()), sorted(d.values()))
del d["B"]
print(sorted(d), d == {"c": 3, "d": 4}, isinstance(d, collections.abc.MutableMapping),
      isinstance(d, dict), LowerDict.__mro__[1] is collections.abc.MutableMapping)


class Incomplete(collections.Mapping):
    def __getitem__(self, key):
        raise KeyError(key)


try:
    Incomplete()
except TypeError as exc:
    print("TypeError", "abstract" in str(exc))


class Seq(collections.Sequence):
    def __getitem__(self, i):
        return [10, 20, 30][i]

    def __len__(self):
        return 3


s = Seq()
print(list(s), list(reversed(s)), s.index(20), s.count(30), 20 in s)

print("== names that never existed")
print(hasattr(collections, "NotAName"))
try:
    collections.NotAName
except AttributeError as exc:
    print("AttributeError", exc)
try:
    from collections import NotAName
except ImportError as exc:
    print("ImportError", exc.name)
# Names of collections itself are untouched.
print(collections.OrderedDict.__module__, collections.namedtuple("P", "x y")(1, 2))

print("== later uses: silent, the name is cached in the module (3.7-3.9)")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); collections.Mapping; collections.Mapping
    from collections import Sequence as S2
report("Mapping twice, Sequence again:", caught, base)
print("Mapping" in vars(collections), "Sized" in vars(collections), "Buffer" in vars(collections))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); import collections as c2; c2.Set
report("Set again, after a re-import:", caught, base)
