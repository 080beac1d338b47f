"""Shim case pkgutil-find-get-loader: pkgutil.find_loader() and pkgutil.get_loader() (removed
in 3.14).

3.8 did not warn about them, so no warnings are printed.  find_loader() returns the loader of
importlib.util.find_spec(name) (importing parent packages), turning lookup errors into
ImportError with the original exception as __cause__; get_loader() takes a module or a name
and prefers a module's own __loader__.
"""
import importlib.machinery
import json
import os
import pkgutil
import sys
import tempfile
import types
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
sys.dont_write_bytecode = True


def show(function, arg):
    label = "module %s" % arg.__name__ if isinstance(arg, types.ModuleType) else repr(arg)
    try:
        loader = function(arg)
    except Exception as exc:
        cause = exc.__cause__
        print(function.__name__, label, "->", type(exc).__name__, exc,
              "| cause:", None if cause is None else type(cause).__name__)
        return
    print(function.__name__, label, "->", None if loader is None else type(loader).__name__,
          getattr(loader, "name", None))


print(callable(pkgutil.find_loader), callable(pkgutil.get_loader),
      "find_loader" in pkgutil.__all__, "get_loader" in pkgutil.__all__)
for name in ("json", "json.decoder", "xml.dom.minidom", "sys", "itertools", "no_such_mod",
             "no_such_mod.sub", ".relative", "..up", "json.no_such", "os.path.x", ""):
    show(pkgutil.find_loader, name)
    show(pkgutil.get_loader, name)

print("== modules")
print(pkgutil.get_loader(json) is json.__loader__, pkgutil.find_loader("json") is json.__spec__.loader)
print(pkgutil.get_loader(sys) is importlib.machinery.BuiltinImporter or type(pkgutil.get_loader(sys)).__name__)
fake = types.ModuleType("fake")
show(pkgutil.get_loader, fake)
fake.__loader__ = "a loader"
print(pkgutil.get_loader(fake))
shadow = types.ModuleType("json")
shadow.__spec__ = json.__spec__
show(pkgutil.get_loader, shadow)
sys.modules["ghost"] = None
show(pkgutil.get_loader, "ghost")
sys.modules["bare"] = types.ModuleType("bare")
show(pkgutil.get_loader, "bare")
show(pkgutil.get_loader, "__main__")
show(pkgutil.find_loader, "__main__")

print("== a package on sys.path")
TMP = tempfile.mkdtemp()
os.mkdir(os.path.join(TMP, "plugpkg"))
with open(os.path.join(TMP, "plugpkg", "__init__.py"), "w") as fh:
    fh.write("")
with open(os.path.join(TMP, "plugpkg", "mod.py"), "w") as fh:
    fh.write("X = 1\n")
sys.path.insert(0, TMP)
print("plugpkg" in sys.modules)
loader = pkgutil.find_loader("plugpkg.mod")
print(type(loader).__name__, loader.name, "plugpkg" in sys.modules, "plugpkg.mod" in sys.modules)
print(os.path.relpath(loader.get_filename("plugpkg.mod"), TMP), loader.is_package("plugpkg.mod"))
print(pkgutil.get_loader("plugpkg").is_package("plugpkg"))
sys.path.remove(TMP)
