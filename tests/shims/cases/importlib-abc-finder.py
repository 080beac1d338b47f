"""Shim case importlib-abc-finder: importlib.abc.Finder (removed in 3.12).

The legacy ABC of all finders, with one abstract method find_module(fullname, path=None).
3.8 did not warn about it.  Its own subclasses must define find_module(); the standard finders
and the two newer ABCs (and so their subclasses) count as Finders.
"""
import importlib.abc
import importlib.machinery
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
Finder = importlib.abc.Finder
print(Finder.__name__, Finder.__module__, type(Finder).__name__, sorted(Finder.__abstractmethods__))
print(Finder.__doc__.splitlines()[0])
for cls in (importlib.machinery.BuiltinImporter, importlib.machinery.FrozenImporter,
            importlib.machinery.PathFinder, importlib.machinery.FileFinder,
            importlib.abc.MetaPathFinder, importlib.abc.PathEntryFinder,
            importlib.abc.Loader, importlib.abc.SourceLoader, object, int):
    print(cls.__name__, issubclass(cls, Finder))


class Incomplete(Finder):
    pass


try:
    Incomplete()
except TypeError:
    print("Incomplete(): TypeError (abstract find_module)")


class LegacyFinder(Finder):
    """What third-party import hooks of the time looked like."""

    def __init__(self, names):
        self.names = names

    def find_module(self, fullname, path=None):
        if fullname in self.names:
            return self
        return super().find_module(fullname, path)


class Meta(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        return None


legacy = LegacyFinder({"wanted"})
print(isinstance(legacy, Finder), legacy.find_module("wanted") is legacy, legacy.find_module("other"))
print(isinstance(Meta(), Finder), issubclass(Meta, Finder), isinstance(legacy, importlib.abc.MetaPathFinder))
print(Finder.find_module(legacy, "x"), Finder.find_module(legacy, "x", ["p"]))
print([c.__name__ for c in LegacyFinder.__mro__])
Finder.register(int)
print(issubclass(int, Finder), isinstance(3, importlib.abc.Finder))
from importlib.abc import Finder as Again  # noqa: E402
print(Again is Finder)
