"""Shim case importlib-legacy-finder-protocol: the import system's use of finders that have
only find_module() (sys.meta_path) or find_loader()/find_module() (path entry finders made by
sys.path_hooks), removed in 3.12.

3.8 used them without a warning, building the module spec from the loader they returned
(loaders with only load_module() still work on every runtime).  importlib is imported first,
as the import hooks of the time did (pythonc restores the protocol from that import on).
"""
import importlib
import sys
import types


class LegacyLoader:
    """A PEP 302 loader: load_module() only."""

    def __init__(self, origin):
        self.origin = origin

    def load_module(self, fullname):
        if fullname in sys.modules:
            return sys.modules[fullname]
        module = types.ModuleType(fullname)
        module.__file__ = "<%s>" % self.origin
        module.__loader__ = self
        if fullname.endswith("pkg"):
            module.__path__ = ["LEGACY-PKG-PATH"]
            module.__package__ = fullname
        else:
            module.__package__ = fullname.rpartition(".")[0]
        module.served_by = self.origin
        sys.modules[fullname] = module
        return module


class MetaImporter:
    """A meta path importer of the time (find_module() only)."""

    calls = []

    def find_module(self, fullname, path=None):
        self.calls.append((fullname, None if path is None else list(path)))
        if fullname.split(".")[0] in ("meta_mod", "meta_pkg", "colorsys"):
            return LegacyLoader("meta")
        return None


class ClassImporter:
    """Finders could be classes with class methods, like the standard ones."""

    @classmethod
    def find_module(cls, fullname, path=None):
        return LegacyLoader("class") if fullname == "class_mod" else None


class PathEntryImporter:
    """A path hook of the time: handles one fake sys.path entry."""

    prefix = "LEGACY-E"

    def __init__(self, entry):
        if not entry.startswith(self.prefix):
            raise ImportError("not ours")
        self.entry = entry

    def find_module(self, fullname):
        if fullname.rpartition(".")[2].startswith("entry_"):
            return LegacyLoader("path entry " + self.entry)
        return None


class PortionImporter(PathEntryImporter):
    """find_loader(): a loader, or namespace package portions."""

    prefix = "LEGACY-P"

    def find_loader(self, fullname):
        if fullname == "ns_portion":
            return None, [self.entry + "/ns_portion"]
        if fullname.startswith("loader_"):
            return LegacyLoader("find_loader " + self.entry), []
        return None, []


sys.meta_path.insert(0, MetaImporter())
sys.meta_path.append(ClassImporter)
sys.path_hooks[:0] = [PortionImporter, PathEntryImporter]
sys.path.extend(["LEGACY-P1", "LEGACY-E1"])
sys.path_importer_cache.clear()

import meta_mod  # noqa: E402
print(meta_mod.__name__, meta_mod.served_by, meta_mod.__file__, type(meta_mod.__loader__).__name__)
print(meta_mod.__spec__ is None or (meta_mod.__spec__.name, type(meta_mod.__spec__.loader).__name__))
import meta_pkg.sub  # noqa: E402
print(meta_pkg.__path__, meta_pkg.sub.served_by, meta_pkg.sub.__package__)
print([c for c in MetaImporter.calls if c[0].startswith("meta_pkg")])
import colorsys  # noqa: E402
print("colorsys shadowed:", colorsys.served_by, hasattr(colorsys, "rgb_to_hsv"))
import class_mod  # noqa: E402
print(class_mod.served_by)
import entry_mod  # noqa: E402
print(entry_mod.served_by)
import loader_mod  # noqa: E402
print(loader_mod.served_by)
mod = importlib.import_module("entry_other")
print(mod.__name__, mod.served_by)
print(__import__("loader_x").served_by)
import ns_portion  # noqa: E402
print(type(ns_portion).__name__, list(ns_portion.__path__), ns_portion.__spec__.loader is None or type(ns_portion.__spec__.loader).__name__ != "LegacyLoader")
try:
    import nowhere_to_be_found  # noqa: F401
except ImportError as exc:
    print(type(exc).__name__, exc)
import json.decoder  # noqa: E402  (real modules still import as usual)
print(json.decoder.__name__, type(sys.path_importer_cache["LEGACY-P1"]).__name__,
      type(sys.path_importer_cache["LEGACY-E1"]).__name__)
