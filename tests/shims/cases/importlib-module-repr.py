"""Shim case importlib-module-repr: the module_repr() methods of importlib.abc.Loader,
BuiltinImporter and FrozenImporter, and the module type's use of a loader's module_repr()
(removed in 3.12).

3.8 did not warn about any of them.  repr(module) asked the module's __loader__ first: a
module_repr() that returned was the repr (even when the module had a __spec__); one that raised
(like the ABC's default, NotImplementedError) fell back to the usual repr.
"""
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
machinery = importlib.machinery

print("== the methods")
print(callable(importlib.abc.Loader.module_repr), importlib.abc.Loader.module_repr.__name__)
try:
    importlib.abc.Loader().module_repr(sys)
except NotImplementedError:
    print("Loader.module_repr: NotImplementedError")
print(machinery.BuiltinImporter.module_repr(sys), machinery.BuiltinImporter.module_repr(types.ModuleType("x")))
print(machinery.FrozenImporter.module_repr(sys), machinery.FrozenImporter.module_repr(types.ModuleType("y")))
print(isinstance(machinery.BuiltinImporter.__dict__["module_repr"], staticmethod),
      isinstance(machinery.FrozenImporter.__dict__["module_repr"], staticmethod))
print(repr(sys), repr(types.ModuleType("plain")))

print("== the module type asks the loader")


class CustomLoader(importlib.abc.Loader):
    def module_repr(self, module):
        return "<custom module %s>" % module.__name__

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.value = 42


class RaisingLoader(importlib.abc.Loader):
    def module_repr(self, module):
        raise ValueError("no repr today")

    def __repr__(self):
        return "<RaisingLoader>"


class DefaultLoader(importlib.abc.Loader):
    def __repr__(self):
        return "<DefaultLoader>"


class PlainObjectLoader:
    def module_repr(self, module):
        return "plain:" + module.__name__


for loader in (CustomLoader(), RaisingLoader(), DefaultLoader(), PlainObjectLoader(),
               machinery.BuiltinImporter):
    module = types.ModuleType("mod_" + type(loader).__name__)
    module.__loader__ = loader
    print(repr(module))
    module.__spec__ = importlib.util.spec_from_loader(module.__name__, loader)
    print(repr(module), str(module) == repr(module))
    module.__file__ = "somewhere.py"
    print(repr(module))

print("== a module imported through such a loader")


class Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname == "custom_repr_mod":
            return importlib.util.spec_from_loader(fullname, CustomLoader())
        return None


sys.meta_path.insert(0, Finder())
import custom_repr_mod  # noqa: E402
print(custom_repr_mod.value, repr(custom_repr_mod), "%s" % custom_repr_mod)
print([repr(custom_repr_mod)], {"m": custom_repr_mod})
