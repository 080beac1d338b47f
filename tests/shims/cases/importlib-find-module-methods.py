"""Shim case importlib-find-module-methods: the find_module()/find_loader() methods of the
finder ABCs and of importlib.machinery's finders (removed in 3.12).

On 3.8 MetaPathFinder.find_module() and PathEntryFinder.find_loader() warned
(DeprecationWarning, attributed to the caller); the machinery finders' methods did not, and
PathEntryFinder.find_module() warned only from inside importlib (so no warnings are printed for
those).  All are built on find_spec(): a loader (or None), and for find_loader() a
(loader, namespace portions) pair.
"""
import importlib.abc
import importlib.machinery as machinery
import importlib.util
import os
import sys
import tempfile
import warnings

sys.dont_write_bytecode = True


def here():
    """The caller's current line: the marker warning line numbers are measured against."""
    return sys._getframe(1).f_lineno


def where(caught, base):
    return [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
            for w in caught if issubclass(w.category, DeprecationWarning)]


def describe(value):
    if isinstance(value, tuple):
        return "(%s, %s)" % (describe(value[0]), [os.path.basename(p) for p in value[1]])
    if value is None or isinstance(value, str):
        return repr(value)
    if isinstance(value, type):
        return value.__name__
    return type(value).__name__


TMP = tempfile.mkdtemp()
os.makedirs(os.path.join(TMP, "pkg"))
os.makedirs(os.path.join(TMP, "portion"))
for name in ("pkg/__init__.py", "mod.py"):
    with open(os.path.join(TMP, name), "w") as fh:
        fh.write("")

print("== the machinery finders (no warnings on 3.8)")
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    for call in ("machinery.BuiltinImporter.find_module('sys')",
                 "machinery.BuiltinImporter.find_module('sys', [TMP])",
                 "machinery.BuiltinImporter.find_module('csv')",
                 "machinery.FrozenImporter.find_module('_frozen_importlib')",
                 "machinery.FrozenImporter.find_module('csv')",
                 "machinery.PathFinder.find_module('mod', [TMP])",
                 "machinery.PathFinder.find_module('pkg', [TMP])",
                 "machinery.PathFinder.find_module('portion', [TMP])",
                 "machinery.PathFinder.find_module('missing', [TMP])",
                 "machinery.PathFinder.find_module('csv')",
                 "machinery.PathFinder.find_module('sys')"):
        print(call.replace("machinery.", ""), "->", describe(eval(call)))
    finder = machinery.FileFinder(TMP, (machinery.SourceFileLoader, [".py"]))
    for name in ("mod", "pkg", "portion", "missing"):
        print("FileFinder.find_loader(%r) -> %s" % (name, describe(finder.find_loader(name))))
        print("FileFinder.find_module(%r) -> %s" % (name, describe(finder.find_module(name))))
    loader = finder.find_module("mod")
    print(loader.name, os.path.relpath(loader.path, TMP))
    hook = machinery.FileFinder.path_hook((machinery.SourceFileLoader, [".py"]))
    print(describe(hook(TMP).find_module("mod")))
    print(describe(sys.path_importer_cache.setdefault(TMP, hook(TMP)).find_loader("pkg")))

print("== the ABCs' defaults")


class Meta(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname == "meta_mod":
            return importlib.util.spec_from_loader(fullname, "meta loader")
        return None


class MetaWithout(importlib.abc.MetaPathFinder):
    pass


class Entry(importlib.abc.PathEntryFinder):
    def find_spec(self, fullname, target=None):
        if fullname == "entry_mod":
            return importlib.util.spec_from_loader(fullname, "entry loader")
        if fullname == "entry_ns":
            spec = machinery.ModuleSpec(fullname, None)
            spec.submodule_search_locations = ["portion_a", "portion_b"]
            return spec
        return None


class EntryWithout(importlib.abc.PathEntryFinder):
    pass


for label, finder, method, args in [
        ("Meta", Meta(), "find_module", ("meta_mod", None)),
        ("Meta", Meta(), "find_module", ("other", [TMP])),
        ("MetaWithout", MetaWithout(), "find_module", ("meta_mod", None)),
        ("Entry", Entry(), "find_loader", ("entry_mod",)),
        ("Entry", Entry(), "find_loader", ("entry_ns",)),
        ("Entry", Entry(), "find_loader", ("other",)),
        ("EntryWithout", EntryWithout(), "find_loader", ("entry_mod",))]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here(); result = getattr(finder, method)(*args)
    print(label, method, args[0], "->", describe(result), where(caught, base))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(describe(Entry().find_module("entry_mod")), describe(Entry().find_module("other")))
    print(describe(EntryWithout().find_module("entry_mod")))
    print(describe(Entry().find_module("entry_ns")),
          [str(w.message) for w in caught if w.category is ImportWarning])
try:
    Meta().find_module("meta_mod")
except TypeError:
    print("MetaPathFinder.find_module() needs the path: TypeError")

print("== a legacy meta path consumer")


def first_loader(fullname, path=None):
    """How old plugin code asked the finders for a loader."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        for finder in [machinery.BuiltinImporter, machinery.FrozenImporter, machinery.PathFinder]:
            loader = finder.find_module(fullname, path)
            if loader is not None:
                return describe(loader)
    return None


print(first_loader("sys"), first_loader("mod", [TMP]), first_loader("csv"), first_loader("nope"))
print(machinery.PathFinder.find_module.__name__, machinery.FileFinder.find_loader.__name__,
      importlib.abc.MetaPathFinder.find_module.__name__)
