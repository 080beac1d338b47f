"""Shim case pkgutil-impimporter: pkgutil.ImpImporter and pkgutil.ImpLoader (removed in 3.12).

On 3.8 each instantiation of either class warned (DeprecationWarning, attributed inside
pkgutil itself, so only the number of warnings is printed).  Old pkg_resources registered
handlers for the class at import time; plugin loaders used ImpImporter(dirname) to list and
load the modules of a directory.  Paths are printed relative to a temporary directory.
"""
import os
import pkgutil
import py_compile
import shutil
import sys
import tempfile
import warnings

sys.dont_write_bytecode = True
TMP = os.path.realpath(tempfile.mkdtemp())


def rel(path):
    return None if path is None else os.path.relpath(path, TMP)


def write(name, text=""):
    path = os.path.join(TMP, *name.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return path


def deprecations(caught):
    return sum(1 for w in caught if issubclass(w.category, DeprecationWarning))


print("== the names, as pkg_resources looked them up at import time")
print(hasattr(pkgutil, "ImpImporter"), hasattr(pkgutil, "ImpLoader"))
print(isinstance(pkgutil.ImpImporter, type), pkgutil.ImpImporter.__name__, pkgutil.ImpImporter.__module__)
print(isinstance(pkgutil.ImpLoader, type), pkgutil.ImpLoader.__name__, pkgutil.ImpLoader.__module__)
print("ImpImporter" in pkgutil.__all__, "ImpLoader" in pkgutil.__all__)
print(pkgutil.ImpImporter.__doc__.splitlines()[0])
handlers = {}
handlers[pkgutil.ImpImporter] = "find_on_path"
print(sorted(k.__name__ for k in handlers))

write("plugins/alpha.py", "NAME = 'alpha'\ndef run():\n    return 'alpha ran'\n")
write("plugins/beta.py", "# -*- coding: utf-8 -*-\nNAME = 'b\u00e9ta'\n")
write("plugins/gamma/__init__.py", "NAME = 'gamma'\n")
write("plugins/gamma/inner.py", "NAME = 'gamma.inner'\n")
write("plugins/onlypyc/__init__.pyc", "not bytecode")
write("plugins/notapkg/readme.txt", "")
write("plugins/with.dot.py", "")
write("plugins/README.txt", "text")
write("plugins/__init__.py", "")
write("plugins/zeta.py", "Z = 1\n")
py_compile.compile(write("src/compiled.py", "C = 'from bytecode'\n"),
                   cfile=os.path.join(TMP, "plugins", "compiled.pyc"), doraise=True)
PLUGINS = os.path.join(TMP, "plugins")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")

    print("== ImpImporter(dirname)")
    importer = pkgutil.ImpImporter(PLUGINS)
    print("warnings:", deprecations(caught))
    print(rel(importer.path))
    print(list(importer.iter_modules()))
    print(list(importer.iter_modules("plugins.")))
    print(list(pkgutil.iter_importer_modules(importer, "p.")))
    print(list(pkgutil.ImpImporter(os.path.join(PLUGINS, "gamma")).iter_modules()))
    print(list(pkgutil.ImpImporter(os.path.join(TMP, "missing")).iter_modules()))
    print(list(pkgutil.ImpImporter().iter_modules()))
    del caught[:]

    print("== find_module")
    for name in ("alpha", "beta", "gamma", "compiled", "onlypyc", "notapkg", "missing",
                 "README", "with", "plugins.alpha", "gamma.inner", "sys", "__init__"):
        loader = importer.find_module(name)
        if loader is None:
            print(name, "->", None)
        else:
            print(name, "->", type(loader).__name__, loader.fullname, rel(loader.filename),
                  loader.etc, type(loader.file).__name__)
            if loader.file is not None:
                loader.file.close()
    print("warnings:", deprecations(caught))
    del caught[:]

    print("== ImpLoader: source module")
    loader = importer.find_module("alpha")
    print(loader.code, loader.source, loader.file.closed)
    print(loader.is_package("alpha"), rel(loader.get_filename()), rel(loader.get_filename("alpha")))
    print(repr(loader.get_source()), loader.file.closed)
    code = loader.get_code()
    print(type(code).__name__, rel(code.co_filename), loader.get_code("alpha") is code)
    for call in (loader.is_package, loader.get_source, loader.get_code, loader.get_filename):
        try:
            call("beta")
        except ImportError as exc:
            print(call.__name__, "ImportError:", exc)
    print(loader.get_data(os.path.join(PLUGINS, "README.txt")))
    try:
        loader.get_data(os.path.join(PLUGINS, "nope.txt"))
    except OSError as exc:
        print("get_data:", type(exc).__name__)
    module = loader.load_module("alpha")
    print(module.NAME, module.run(), module.__name__, sys.modules["alpha"] is module, rel(module.__file__))
    print(loader.file.closed, type(module.__loader__).__name__)
    again = importer.find_module("alpha")
    again.file.close()
    print(again.load_module("alpha") is module)
    loader = importer.find_module("beta")
    print(loader.file.encoding, repr(loader.get_source()))
    print(loader.load_module("plugin_beta").NAME)
    print("warnings:", deprecations(caught))
    del caught[:]

    print("== ImpLoader: package, bytecode, built-in")
    loader = importer.find_module("gamma")
    print(loader.is_package("gamma"), rel(loader.get_filename()), repr(loader.get_source()))
    print("warnings:", deprecations(caught))
    print(rel(loader.get_code().co_filename))
    delegate = loader._get_delegate()
    print(type(delegate).__name__, delegate.fullname, rel(delegate.filename), delegate.etc)
    delegate.file.close()
    package = loader.load_module("gamma")
    print(package.NAME, [rel(p) for p in package.__path__], rel(package.__file__), package.__package__)
    inner_loader = pkgutil.ImpImporter(package.__path__[0]).find_module("gamma.inner")
    inner = inner_loader.load_module("gamma.inner")
    print(inner.NAME, inner.__name__, inner.__package__, sys.modules["gamma.inner"] is inner)
    loader = importer.find_module("compiled")
    print(loader.is_package("compiled"), loader.get_source(), type(loader.get_code()).__name__)
    print(loader.load_module("compiled").C)
    loader = importer.find_module("onlypyc")
    print(loader.get_source(), loader.get_code(), rel(loader.get_filename()))
    top = pkgutil.ImpImporter()
    print(top.path, top.find_module("json.decoder"), top.find_module("no_such_module_xyz"))
    loader = top.find_module("sys")
    print(loader.file, loader.filename, loader.etc, loader.is_package("sys"), loader.get_code(),
          loader.get_source(), loader.get_filename())
    loader = top.find_module("json")
    print(loader.etc, loader.is_package("json"), os.path.basename(loader.get_filename()))
    print("warnings:", deprecations(caught))
    del caught[:]

    print("== a direct ImpLoader")
    direct = pkgutil.ImpLoader("zeta", open(os.path.join(PLUGINS, "zeta.py")),
                               os.path.join(PLUGINS, "zeta.py"), (".py", "r", 1))
    print(direct.load_module("zeta").Z, direct.file.closed)
    direct = pkgutil.ImpLoader("x", None, os.path.join(PLUGINS, "README.txt"), (".txt", "r", 99))
    print(direct.get_source(), direct.get_code(), direct.get_filename(), direct.is_package("x"))
    direct = pkgutil.ImpLoader("zeta", None, os.path.join(PLUGINS, "zeta.py"), (".py", "r", 1))
    try:
        direct.load_module("zeta")
    except ValueError as exc:
        print("ValueError:", exc)
    print("warnings:", deprecations(caught))

print("== a plugin loader of the time")


def load_plugins(directory):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        finder = pkgutil.ImpImporter(directory)
        found = {}
        for name, ispkg in finder.iter_modules():
            if name == "onlypyc":
                continue
            loader = finder.find_module(name)
            found[name] = (ispkg, loader.load_module("plug_" + name).__name__)
            if loader.file is not None:
                loader.file.close()
    return found


for name, value in sorted(load_plugins(PLUGINS).items()):
    print(name, value)
shutil.rmtree(TMP)
print("== names as pkgutil's own")
print(pkgutil.ImpImporter.__qualname__, pkgutil.ImpLoader.__qualname__,
      pkgutil.ImpLoader.get_code.__qualname__, pkgutil.ImpImporter.find_module.__qualname__)
print(sorted(name for name in ("ImpImporter", "ImpLoader") if name in pkgutil.__all__),
      pkgutil.__all__.index("ImpLoader") - pkgutil.__all__.index("ImpImporter"))
