"""Shim case imp-module, details: load_module() with every kind code and its errors, the file
objects find_module() opens (encoding, search order), load_source()/load_compiled() reading
from a file object the caller opened, re-loading into an existing sys.modules entry,
cache_from_source(debug_override), the frozen/builtin helpers and the import warning's
attribution for `from imp import ...` and importlib.import_module("imp").

Everything printed is relative to a temporary directory, and nothing that differs between
3.8 and 3.11 (which modules are frozen, the text of __hello__) is printed.
"""
import importlib
import os
import py_compile
import shutil
import sys
import tempfile
import warnings

sys.dont_write_bytecode = True
TMP = tempfile.mkdtemp()
TAG = sys.implementation.cache_tag


def rel(path):
    if path is None:
        return None
    if os.path.isabs(path):
        path = os.path.relpath(path, TMP)
    return path.replace(TAG, "{tag}")


def write(name, text, encoding="utf-8"):
    path = os.path.join(TMP, name)
    with open(path, "w", encoding=encoding) as fh:
        fh.write(text)
    return path


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as exc:
        print(label, "->", type(exc).__name__, str(exc).replace(TMP, "<tmp>"))
    else:
        print(label, "->", result)


print("== import warnings")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    from imp import find_module, load_module          # the first import warns
    import imp                                        # already imported: silent
print([(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename)) for w in caught])
del sys.modules["imp"]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    again = importlib.import_module("imp")
print([(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename)) for w in caught],
      again is not imp)
imp = again

with warnings.catch_warnings(record=True) as calls:
    warnings.simplefilter("always")

    print("== load_module: kinds and errors")
    src = write("lm_src.py", "WHO = 'source'\n")
    for details in ((".py", "w", imp.PY_SOURCE), (".py", "r+", imp.PY_SOURCE),
                    (".py", "rb+", imp.PY_COMPILED), (".py", "r", imp.PY_SOURCE),
                    (".pyc", "rb", imp.PY_COMPILED), ("", "", imp.PY_RESOURCE),
                    ("", "", imp.SEARCH_ERROR), ("", "", 42)):
        attempt("load_module(None, %r)" % (details,), lambda: imp.load_module("lm_x", None, src, details))
    with open(src) as fh:
        mod = imp.load_module("lm_src", fh, src, (".py", "r", imp.PY_SOURCE))
        print("source via load_module:", mod.WHO, rel(mod.__file__), "file closed:", fh.closed)
    print("builtin via load_module:", imp.load_module("_imp", None, None, ("", "", imp.C_BUILTIN)) is sys.modules["_imp"])
    print("no such builtin:", imp.load_module("no_such_builtin", None, None, ("", "", imp.C_BUILTIN)))
    print("no such frozen:", imp.load_module("no_such_frozen", None, None, ("", "", imp.PY_FROZEN)))
    os.mkdir(os.path.join(TMP, "lm_pkg"))
    write(os.path.join("lm_pkg", "__init__.py"), "KIND = 'package'\n")
    pkg = imp.load_module("lm_pkg", None, os.path.join(TMP, "lm_pkg"), ("", "", imp.PKG_DIRECTORY))
    print("package via load_module:", pkg.KIND, [rel(p) for p in pkg.__path__], rel(pkg.__file__))
    attempt("load_package(not a package)", lambda: imp.load_package("lm_np", TMP))
    direct = imp.load_package("lm_pkg_direct", os.path.join(TMP, "lm_pkg", "__init__.py"))
    print("load_package(__init__ file):", direct.KIND, [rel(p) for p in direct.__path__])
    attempt("C_EXTENSION without a file", lambda: imp.load_module("lm_ext", None, os.path.join(TMP, "missing.so"),
                                                                  (".so", "rb", imp.C_EXTENSION)))

    print("== load_source / load_compiled with file objects")
    src = write("fo_mod.py", "V = 'from disk'\n")
    with open(src, "rb") as fh:
        m = imp.load_source("fo_mod", src, fh)
        print("binary file:", m.V, fh.closed, type(m.__loader__).__name__, type(m.__spec__.loader).__name__)
    fh = open(src, "r")
    m = imp.load_source("fo_mod_text", src, fh)
    print("text file:", m.V, fh.closed)
    pyc = os.path.join(TMP, "fo_comp.pyc")
    py_compile.compile(src, cfile=pyc, doraise=True)
    with open(pyc, "rb") as fh:
        c = imp.load_compiled("fo_comp", pyc, fh)
        print("compiled:", c.V, fh.closed, type(c.__loader__).__name__, rel(c.__file__))
    print("cached:", rel(m.__cached__), rel(c.__cached__))

    print("== re-loading into sys.modules")
    placeholder = imp.new_module("pre_mod")
    placeholder.KEEP = "kept"
    sys.modules["pre_mod"] = placeholder
    src = write("pre_mod.py", "NEW = 'new'\n")
    m = imp.load_source("pre_mod", src)
    print(m is placeholder, m.NEW, m.KEEP, rel(m.__file__), m.__spec__.name, list(sys.modules)[-1])
    write("pre_mod.py", "raise RuntimeError('boom')\n")
    attempt("failing re-load", lambda: imp.load_source("pre_mod", src))
    print("still registered:", sys.modules.get("pre_mod") is placeholder)
    write("fails.py", "raise RuntimeError('boom')\n")
    attempt("failing first load", lambda: imp.load_source("fails", os.path.join(TMP, "fails.py")))
    print("registered after failure:", "fails" in sys.modules)
    write("dotted.py", "X = __name__\n")
    sys.modules["fake_parent"] = imp.new_module("fake_parent")
    d = imp.load_source("fake_parent.child", os.path.join(TMP, "dotted.py"))
    print("dotted name:", d.X, d.__package__, d.__spec__.parent)

    print("== find_module: files and order")
    write("latin.py", "# -*- coding: latin-1 -*-\nS = '\xe9'\n", encoding="latin-1")
    f, p, desc = imp.find_module("latin", [TMP])
    print("latin-1 source:", f.encoding, f.mode, rel(p), desc)
    latin = imp.load_module("latin", f, p, desc)
    f.close()
    print(ascii(latin.S))
    write("bom.py", "\ufeffS = 1\n")
    f, p, desc = imp.find_module("bom", [TMP])
    print("BOM source:", f.encoding, desc)
    f.close()
    first_dir = os.path.join(TMP, "first")
    second_dir = os.path.join(TMP, "second")
    for directory in (first_dir, second_dir):
        os.mkdir(directory)
        write(os.path.join(directory, "both.py"), "")
    os.mkdir(os.path.join(second_dir, "dual"))
    write(os.path.join(second_dir, "dual", "__init__.py"), "")
    write(os.path.join(second_dir, "dual.py"), "")
    write(os.path.join(first_dir, "nopkg.py"), "")
    os.mkdir(os.path.join(first_dir, "nopkg"))                 # a directory without __init__
    f, p, desc = imp.find_module("both", [second_dir, first_dir])
    f.close()
    print("earlier entry wins:", rel(p))
    f, p, desc = imp.find_module("dual", [first_dir, second_dir])
    print("package before module:", f, rel(p), desc)
    f, p, desc = imp.find_module("nopkg", [first_dir])
    f.close()
    print("plain directory is no package:", rel(p), desc)
    py_compile.compile(os.path.join(first_dir, "both.py"), cfile=os.path.join(second_dir, "pkgc", "__init__.pyc"),
                       doraise=True)
    f, p, desc = imp.find_module("pkgc", [second_dir])
    print("bytecode-only package:", f, rel(p), desc)
    sys.path.insert(0, first_dir)
    f, p, desc = imp.find_module("nopkg")
    f.close()
    print("sys.path when path is None:", rel(p))
    sys.path.remove(first_dir)
    for bad in ((first_dir,), first_dir, {}):
        attempt("path=%s" % type(bad).__name__, lambda: imp.find_module("both", bad))
    attempt("name=b'both'", lambda: imp.find_module(b"both", [first_dir]))

    print("== cache_from_source(debug_override)")
    print(rel(imp.cache_from_source("x.py", True)), rel(imp.cache_from_source("x.py", False)),
          rel(imp.cache_from_source("x.py", None)), rel(imp.cache_from_source("x.py", debug_override=0)))

    print("== builtin and frozen helpers")
    print(imp.init_builtin("sys") is sys, imp.init_builtin("no_such_builtin"), imp.init_frozen("no_such_frozen"))
    print(imp.is_builtin("os"), imp.is_frozen("_frozen_importlib"), type(imp.get_frozen_object("_frozen_importlib")).__name__)
    attempt("get_frozen_object(missing)", lambda: imp.get_frozen_object("no_such_frozen"))
    attempt("is_frozen_package(missing)", lambda: imp.is_frozen_package("no_such_frozen"))
    print(imp.is_frozen_package("_frozen_importlib"))
    print(imp.new_module("x").__spec__, imp.new_module("x").__loader__, imp.new_module("x").__package__)

    print("== NullImporter")
    for path in ("", TMP):
        try:
            imp.NullImporter(path)
        except ImportError as exc:
            print(exc, rel(exc.path) if exc.path else repr(exc.path), exc.name)
    print(imp.NullImporter(os.path.join(TMP, "not-a-dir")).find_module("x"))

print("warnings from the calls:", len(calls))
shutil.rmtree(TMP)
