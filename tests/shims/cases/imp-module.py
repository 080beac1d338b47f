"""Shim case imp-module: the `imp` module (removed in 3.12).

On 3.4-3.11 `import imp` itself warned (DeprecationWarning, attributed to the importing line of
the caller); the functions did not warn individually.  Everything printed is relative to a
temporary directory or reduced to a structure, since suffixes, cache tags and paths differ
between builds.  Bytecode writing is off so that rewriting a module within one second cannot
pick up a stale .pyc.
"""
import importlib
import importlib.machinery
import importlib.util
import os
import py_compile
import shutil
import sys
import tempfile
import warnings

sys.dont_write_bytecode = True
TMP = tempfile.mkdtemp()
TAG = sys.implementation.cache_tag


def here():
    """The caller's current line: the marker warning line numbers are measured against."""
    return sys._getframe(1).f_lineno


def where(caught, base):
    return [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
            for w in caught]


def rel(path):
    """A path relative to the temporary directory, with the interpreter's cache tag hidden."""
    if path is None:
        return None
    if os.path.isabs(path):
        path = os.path.relpath(path, TMP)
    return path.replace(TAG, "{tag}")


def write(path, text):
    with open(path, "w") as fh:
        fh.write(text)


print("== import")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); import imp
print("import imp:", where(caught, base))

with warnings.catch_warnings(record=True) as calls:
    warnings.simplefilter("always")

    print("== constants")
    for name in ("SEARCH_ERROR", "PY_SOURCE", "PY_COMPILED", "C_EXTENSION", "PY_RESOURCE",
                 "PKG_DIRECTORY", "C_BUILTIN", "PY_FROZEN", "PY_CODERESOURCE", "IMP_HOOK"):
        print(name, getattr(imp, name))

    print("== get_suffixes, get_magic, get_tag")
    suffixes = imp.get_suffixes()
    print(type(suffixes).__name__, all(type(s) is tuple and len(s) == 3 for s in suffixes))
    shape = []
    for suffix, mode, kind in suffixes:
        entry = ("<extension>" if kind == imp.C_EXTENSION else suffix, mode, kind)
        if not shape or shape[-1] != entry:
            shape.append(entry)
    print(shape)
    print([s[0] for s in suffixes if s[2] == imp.C_EXTENSION] == importlib.machinery.EXTENSION_SUFFIXES)
    print(imp.get_magic() == importlib.util.MAGIC_NUMBER, type(imp.get_magic()).__name__, len(imp.get_magic()))
    print(imp.get_tag() == sys.implementation.cache_tag)

    print("== cache_from_source / source_from_cache")
    print(rel(imp.cache_from_source(os.path.join("pkg", "mod.py"))))
    print(rel(imp.cache_from_source(os.path.join(TMP, "mod.py"))))
    print(rel(imp.source_from_cache(os.path.join("pkg", "__pycache__", "mod.%s.pyc" % TAG))))
    try:
        imp.source_from_cache(os.path.join("pkg", "mod.pyc"))
    except ValueError:
        print("source_from_cache outside __pycache__: ValueError")

    print("== the import lock")
    print(imp.lock_held())
    print(imp.acquire_lock(), imp.lock_held())
    print(imp.acquire_lock(), imp.lock_held())
    print(imp.release_lock(), imp.lock_held())
    print(imp.release_lock(), imp.lock_held())
    try:
        imp.release_lock()
    except RuntimeError as exc:
        print("RuntimeError:", exc)

    print("== is_builtin / is_frozen")
    print(imp.is_builtin("sys"), imp.is_builtin("builtins"), imp.is_builtin("_imp"),
          imp.is_builtin("no_such_module"))
    print(imp.is_frozen("_frozen_importlib"), imp.is_frozen("no_such_module"))

    print("== new_module")
    fresh = imp.new_module("fresh")
    print(repr(fresh), type(fresh).__name__, fresh.__name__, fresh.__doc__, "fresh" in sys.modules)
    print(sorted(k for k in vars(fresh)))
    fresh.x = 1
    print(fresh.x, type(fresh) is type(sys))

    print("== load_source")
    src = os.path.join(TMP, "legacy_mod.py")
    write(src, "VALUE = 1\ndef f():\n    return 'f1'\n")
    mod = imp.load_source("legacy_mod", src)
    print(mod.__name__, rel(mod.__file__), mod.VALUE, mod.f(), sys.modules["legacy_mod"] is mod)
    print(type(mod.__loader__).__name__, mod.__spec__.name, rel(mod.__spec__.origin))
    write(src, "VALUE = 22\ndef f():\n    return 'f2'\nEXTRA = 3\n")
    again = imp.load_source("legacy_mod", src)
    print("again:", again is mod, mod.VALUE, mod.f(), mod.EXTRA)
    with open(src) as fh:
        other = imp.load_source("legacy_mod_2", src, fh)
    print("with a file object:", other.__name__, other.VALUE, rel(other.__file__))
    try:
        imp.reload(mod)
    except ImportError as exc:
        print("reload of a load_source module outside sys.path:", type(exc).__name__, exc)

    print("== reload")
    sys.path.insert(0, TMP)
    write(os.path.join(TMP, "reloadme.py"), "V = 1\nOLD_ONLY = 2\n")
    import reloadme
    write(os.path.join(TMP, "reloadme.py"), "V = 333\n")
    result = imp.reload(reloadme)
    print(result is reloadme, reloadme.V, hasattr(reloadme, "OLD_ONLY"), rel(reloadme.__file__))
    try:
        imp.reload("reloadme")
    except TypeError:
        print("reload(str): TypeError")

    print("== load_compiled")
    src = os.path.join(TMP, "comp_src.py")
    write(src, "C = 'compiled'\n")
    pyc = os.path.join(TMP, "comp.pyc")
    py_compile.compile(src, cfile=pyc, doraise=True)
    os.remove(src)
    comp = imp.load_compiled("comp", pyc)
    print(comp.C, comp.__name__, rel(comp.__file__), type(comp.__loader__).__name__, sys.modules["comp"] is comp)

    print("== find_module / load_module")
    pkg = os.path.join(TMP, "legpkg")
    os.mkdir(pkg)
    write(os.path.join(pkg, "__init__.py"), "P = 'pkg'\n")
    write(os.path.join(pkg, "sub.py"), "S = 'sub'\n")
    found = imp.find_module("legpkg", [TMP])
    print("package:", found[0], rel(found[1]), found[2])
    pkg_mod = imp.load_module("legpkg", *found)
    print(pkg_mod.__name__, pkg_mod.P, [rel(p) for p in pkg_mod.__path__], rel(pkg_mod.__file__), pkg_mod.__package__)
    found = imp.find_module("sub", pkg_mod.__path__)
    print("source:", type(found[0]).__name__, found[0].mode, found[0].encoding, rel(found[1]), found[2])
    try:
        sub = imp.load_module("legpkg.sub", *found)
    finally:
        found[0].close()
    print(sub.__name__, sub.S, rel(sub.__file__), sub.__package__, sys.modules["legpkg.sub"] is sub)
    py_compile.compile(os.path.join(pkg, "sub.py"), cfile=os.path.join(TMP, "onlypyc.pyc"), doraise=True)
    found = imp.find_module("onlypyc", [TMP])
    print("bytecode:", type(found[0]).__name__, found[0].mode, rel(found[1]), found[2])
    with found[0]:
        only = imp.load_module("onlypyc", *found)
    print(only.S, rel(only.__file__))
    print("builtin:", imp.find_module("sys"), imp.find_module("sys", None))
    for args in (("no_such_module", [TMP]), ("no_such_module",), ("sys", [TMP]), ("a.b",)):
        try:
            imp.find_module(*args)
        except ImportError as exc:
            print("ImportError:", exc, exc.name)
    try:
        imp.find_module(3)
    except TypeError:
        print("find_module(3): TypeError")
    alias = imp.load_package("legpkg_alias", pkg)
    print("load_package:", alias.__name__, alias.P, [rel(p) for p in alias.__path__])

    print("== NullImporter")
    print(imp.NullImporter.__name__)
    for path in (TMP, ""):
        try:
            imp.NullImporter(path)
        except ImportError as exc:
            print("ImportError:", exc)
    print(imp.NullImporter(os.path.join(TMP, "does-not-exist")).find_module("anything"))

    print("== load_dynamic")
    candidates = ["_json", "_csv", "array", "cmath", "_bisect", "_heapq", "_random", "_struct",
                  "binascii", "zlib", "select", "unicodedata", "_statistics", "mmap", "_lsprof"]
    chosen = None
    for name in candidates:
        if name in sys.modules:
            continue
        spec = importlib.util.find_spec(name)
        if spec and spec.origin and spec.origin.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)):
            chosen = name, spec.origin
            break
    print("found an extension module file:", chosen is not None)
    if chosen:
        name, path = chosen
        ext = imp.load_dynamic(name, path)
        # No __file__ check: only single-phase-init extension modules get one (which modules
        # those are changes between versions).
        print(ext.__name__ == name, sys.modules[name] is ext, type(ext.__loader__).__name__,
              ext.__spec__.origin == path, ext.__spec__.name == name, len(dir(ext)) > 5)
        found = imp.find_module(name)
        print(found[0] is None or type(found[0]).__name__, found[1] == path, found[2][1:],
              found[2][0] in importlib.machinery.EXTENSION_SUFFIXES)
        if found[0] is not None:
            found[0].close()

print("warnings from the calls:", len(calls))
sys.path.remove(TMP)
shutil.rmtree(TMP)
