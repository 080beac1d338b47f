"""Shim case importlib-util-set-package-loader: importlib.util.set_package, set_loader and
module_for_loader (removed in 3.12).

On 3.8 set_package and set_loader warned (DeprecationWarning, attributed to the caller) at
each call of the function they decorate; module_for_loader warned once, when it decorated.
module_for_loader hands the loader a module (the one in sys.modules, or a new one it registers
there), sets __loader__ and __package__, and -- as 3.4 to 3.11 did -- swallows an exception of
the loading function after taking a module it created out of sys.modules again.
"""
import importlib.util
import os
import sys
import types
import warnings


def here():
    """The caller's current line: the marker warning line numbers are measured against."""
    return sys._getframe(1).f_lineno


def where(caught, base):
    return [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
            for w in caught]


def plain(name, path=None, package="unset"):
    module = types.ModuleType(name)
    if path is not None:
        module.__path__ = path
    if package != "unset":
        module.__package__ = package
    return module


print("== set_package")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); make = importlib.util.set_package(plain)
print(make.__name__, make.__wrapped__ is plain, where(caught, base))
for args in (("a.b.c",), ("top",), ("pkg", ["dir"]), ("pkg.sub", ["dir"]), ("x.y", None, "kept"),
             ("x.y", None, None), ("x.y", None, "")):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here(); module = make(*args)
    print(args, "->", repr(module.__package__), where(caught, base))

print("== set_loader")


class Loader:
    def __init__(self, preset="unset"):
        self.preset = preset

    def build(self, name):
        module = types.ModuleType(name)
        if self.preset != "unset":
            module.__loader__ = self.preset
        return module

    load_module = importlib.util.set_loader(build)


for preset in ("unset", None, "other loader"):
    loader = Loader(preset)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here(); module = loader.load_module("m")
    print(repr(preset), "->", "self" if module.__loader__ is loader else repr(module.__loader__),
          where(caught, base))
print(Loader.load_module.__name__, Loader.load_module.__wrapped__ is Loader.build)

print("== module_for_loader")


class OldLoader:
    seen = []

    def is_package(self, fullname):
        if fullname == "broken":
            raise ImportError("cannot tell")
        return fullname.endswith("pkg")

    def _load(self, module):
        self.seen.append((module.__name__, module.__loader__ is self, repr(module.__package__),
                          sys.modules.get(module.__name__) is module,
                          module.__dict__.get("__initializing__", "unset")))
        if module.__name__.startswith("fail"):
            raise RuntimeError("load failed")
        module.loaded = True
        return module


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); OldLoader.load_module = importlib.util.module_for_loader(OldLoader._load)
print(OldLoader.load_module.__name__, OldLoader.load_module.__wrapped__ is OldLoader._load,
      where(caught, base))
existing = types.ModuleType("existing.mod")
existing.__loader__ = "previous"
sys.modules["existing.mod"] = existing
sys.modules["fail_existing"] = types.ModuleType("fail_existing")
loader = OldLoader()
for name in ("fresh.mod", "freshpkg", "broken", "existing.mod", "fail_new", "fail_existing"):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = loader.load_module(name)
    print(name, "->", None if result is None else (result.__name__, getattr(result, "loaded", False)),
          loader.seen[-1], name in sys.modules, sys.modules.get(name) is result,
          result.__dict__.get("__initializing__", "unset") if result is not None else "-", len(caught))
print(existing.__loader__ is loader, repr(existing.__package__))


class NoIsPackage:
    @staticmethod
    def _load(self, module):
        return module


with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    NoIsPackage.load_module = importlib.util.module_for_loader(NoIsPackage._load)
module = NoIsPackage().load_module("no.is_package")
print(module.__name__, repr(module.__package__), type(module.__loader__).__name__)
print(module.__spec__, sorted(k for k in vars(module) if k.startswith("__")))
