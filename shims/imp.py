"""The `imp` module, restored by pythonc for code written for Python 3.11 and older.

`imp` was deprecated in 3.4 and removed in 3.12 in favour of `importlib`.  This file is a
fresh implementation of its documented interface (as of Python 3.11) on top of the public
`importlib` API and the few `_imp` functions every supported runtime still has.  pythonc
serves it only where the running Python has no `imp` of its own; importing it emits one
`_compat.CompatDeprecationWarning` attributed to the importing line (the functions
themselves stay silent, as they did in 3.11).
"""

__shim__ = {"id": "imp-module", "removed_in": "3.12", "replacement": "importlib"}

import os as _os
import sys as _sys
import types as _types

import _imp
import importlib as _importlib
import importlib.machinery as _machinery
import importlib.util as _util


# Module kinds, as find_module() reports them in the third item of its description triple.
(SEARCH_ERROR, PY_SOURCE, PY_COMPILED, C_EXTENSION, PY_RESOURCE, PKG_DIRECTORY, C_BUILTIN,
 PY_FROZEN, PY_CODERESOURCE, IMP_HOOK) = range(10)


# ---- thin wrappers ---------------------------------------------------------------------------

def new_module(name):
    """Return a new, empty module object called `name` (not entered into sys.modules).

    Deprecated: use types.ModuleType(name) instead."""
    return _types.ModuleType(name)


def get_magic():
    """The magic number that starts bytecode (.pyc) files, as bytes.

    Deprecated: use importlib.util.MAGIC_NUMBER instead."""
    return _util.MAGIC_NUMBER


def get_tag():
    """The tag bytecode file names carry in __pycache__ (sys.implementation.cache_tag)."""
    return _sys.implementation.cache_tag


def cache_from_source(path, debug_override=None):
    """The PEP 3147 bytecode path for the source file `path`.

    debug_override, when given, picks the optimisation level: true for the plain .pyc name,
    false for the .opt-1.pyc one.  Deprecated: use importlib.util.cache_from_source()."""
    if debug_override is None:
        return _util.cache_from_source(path)
    # Translated here, since importlib warns about its own debug_override argument.
    return _util.cache_from_source(path, optimization="" if debug_override else 1)


def source_from_cache(path):
    """The source path that the PEP 3147 bytecode path `path` was compiled from.

    ValueError when `path` is not inside a __pycache__ directory or lacks a known tag.
    Deprecated: use importlib.util.source_from_cache()."""
    return _util.source_from_cache(path)


def get_suffixes():
    """[(suffix, open mode, kind), ...] for every file kind the import system loads:
    extension modules, then source files, then bytecode files.

    Deprecated: use the *_SUFFIXES lists of importlib.machinery."""
    table = []
    for suffixes, mode, kind in ((_machinery.EXTENSION_SUFFIXES, "rb", C_EXTENSION),
                                 (_machinery.SOURCE_SUFFIXES, "r", PY_SOURCE),
                                 (_machinery.BYTECODE_SUFFIXES, "rb", PY_COMPILED)):
        table.extend((suffix, mode, kind) for suffix in suffixes)
    return table


def reload(module):
    """Execute the module's code again in the same module object and return it.

    Deprecated: use importlib.reload()."""
    return _importlib.reload(module)


# The import lock and the questions about built-in and frozen modules: the runtime answers them.
def lock_held():
    """True when some thread holds the global import lock."""
    return _imp.lock_held()


def acquire_lock():
    """Take the global import lock for this thread (re-entrant)."""
    return _imp.acquire_lock()


def release_lock():
    """Give back the global import lock; RuntimeError when this thread does not hold it."""
    return _imp.release_lock()


def is_builtin(name):
    """1 for a built-in module that can be re-initialised, -1 for one that cannot, 0 when
    `name` is not built in."""
    return _imp.is_builtin(name)


def is_frozen(name):
    """Whether `name` is a frozen module."""
    return _imp.is_frozen(name)


def is_frozen_package(name):
    """Whether the frozen module `name` is a package (ImportError when it is not frozen)."""
    return _imp.is_frozen_package(name)


def get_frozen_object(name, data=None):
    """The code object of the frozen module `name`."""
    if data is None:
        return _imp.get_frozen_object(name)
    return _imp.get_frozen_object(name, data)


def init_frozen(name):
    """Run the frozen module `name` and return it, or None when there is no such module."""
    runner = getattr(_imp, "init_frozen", None)
    if runner is not None:
        return runner(name)
    spec = _machinery.FrozenImporter.find_spec(name)
    return None if spec is None else _run_fresh(spec)


def init_builtin(name):
    """Initialise the built-in module `name` and return it, or None when there is none."""
    spec = _machinery.BuiltinImporter.find_spec(name)
    if spec is None:
        return None
    return _run_fresh(spec)


# ---- running a spec ----------------------------------------------------------------------------

def _last_in_sys_modules(name):
    """Whatever the module left in sys.modules under its name, moved to the end (as an import
    leaves it)."""
    module = _sys.modules.pop(name)
    _sys.modules[name] = module
    return module


def _run_fresh(spec):
    """Create the module of `spec`, register it in sys.modules and execute it."""
    module = _util.module_from_spec(spec)
    name = spec.name
    spec._initializing = True
    _sys.modules[name] = module
    try:
        try:
            spec.loader.exec_module(module)
        except BaseException:
            _sys.modules.pop(name, None)
            raise
        return _last_in_sys_modules(name)
    finally:
        spec._initializing = False


def _run_again(spec, module):
    """Execute `spec` once more inside `module`, the object sys.modules has for it."""
    name = spec.name
    if _sys.modules.get(name) is not module:
        raise ImportError("module %r not in sys.modules" % (name,), name=name)
    module.__name__ = name
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    module.__spec__ = spec
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        if spec.cached is not None:
            module.__cached__ = spec.cached
    try:
        spec.loader.exec_module(module)
    finally:
        module = _last_in_sys_modules(name)
    return module


def _run(spec):
    """Load `spec` the way imp did: into the existing sys.modules entry when there is one."""
    current = _sys.modules.get(spec.name)
    if current is None:
        return _run_fresh(spec)
    return _run_again(spec, current)


class _GivenFile:
    """Mixin for file loaders: read the module's own file from the object the caller opened
    (reopened in binary mode when it was opened as text), closing it afterwards."""

    def __init__(self, fullname, path, file=None):
        super().__init__(fullname, path)
        self._given = file

    def get_data(self, path):
        given = self._given
        if given is None or path != self.path:
            return super().get_data(path)
        if not given.closed and "b" not in given.mode:
            given.close()
        if given.closed:
            given = self._given = open(self.path, "rb")
        with given:
            return given.read()


class _SourceFromGivenFile(_GivenFile, _machinery.SourceFileLoader):
    pass


class _BytecodeFromGivenFile(_GivenFile, _machinery.SourcelessFileLoader):
    pass


def _load_file(name, pathname, file, reading_loader, plain_loader):
    spec = _util.spec_from_file_location(name, pathname,
                                         loader=reading_loader(name, pathname, file))
    module = _run(spec)
    # Once loaded, the module keeps a loader that does not hold on to the caller's file.
    module.__loader__ = plain_loader(name, pathname)
    module.__spec__.loader = module.__loader__
    return module


# ---- the loading functions ----------------------------------------------------------------------

def load_source(name, pathname, file=None):
    """Load the Python source file `pathname` as module `name` (re-executing it in the
    existing module when `name` is already imported) and return the module.  When `file` is
    given the source is read from it.

    Deprecated: use importlib.util.spec_from_file_location() and module_from_spec()."""
    return _load_file(name, pathname, file, _SourceFromGivenFile, _machinery.SourceFileLoader)


def load_compiled(name, pathname, file=None):
    """Load the bytecode file `pathname` as module `name` and return the module.

    Deprecated: use importlib.machinery.SourcelessFileLoader."""
    return _load_file(name, pathname, file, _BytecodeFromGivenFile,
                      _machinery.SourcelessFileLoader)


def load_dynamic(name, path, file=None):
    """Load the extension module file `path` as module `name` and return it (`file` is
    accepted and ignored).  The module is always loaded anew, even when `name` is imported.

    Deprecated: use importlib.machinery.ExtensionFileLoader."""
    loader = _machinery.ExtensionFileLoader(name, path)
    return _run_fresh(_machinery.ModuleSpec(name=name, loader=loader, origin=path))


def load_package(name, path):
    """Load the package whose directory (or __init__ file) is `path` as module `name`."""
    if _os.path.isdir(path):
        for suffix in _machinery.SOURCE_SUFFIXES + _machinery.BYTECODE_SUFFIXES:
            candidate = _os.path.join(path, "__init__" + suffix)
            if _os.path.exists(candidate):
                path = candidate
                break
        else:
            raise ValueError("%r is not a package" % (path,))
    spec = _util.spec_from_file_location(name, path, submodule_search_locations=[])
    return _run(spec)


def load_module(name, file, filename, details):
    """Load a module from what find_module() returned: `file` (open, or None), `filename`
    and the (suffix, mode, kind) `details`.  If the module was already imported it is loaded
    again, into the same module object.

    Deprecated: use importlib.import_module() or the loaders of importlib.machinery."""
    suffix, mode, kind = details
    if mode and (not mode.startswith("r") or "+" in mode):
        raise ValueError("invalid file open mode %r" % (mode,))
    if file is None and kind in (PY_SOURCE, PY_COMPILED):
        raise ValueError("file object required for import (type code %s)" % (kind,))
    if kind == PY_SOURCE:
        return load_source(name, filename, file)
    if kind == PY_COMPILED:
        return load_compiled(name, filename, file)
    if kind == C_EXTENSION:
        if file is not None:
            return load_dynamic(name, filename, file)
        with open(filename, "rb") as opened:
            return load_dynamic(name, filename, opened)
    if kind == PKG_DIRECTORY:
        return load_package(name, filename)
    if kind == C_BUILTIN:
        return init_builtin(name)
    if kind == PY_FROZEN:
        return init_frozen(name)
    raise ImportError("Don't know how to import %s (type code %s)" % (name, kind), name=name)


def _package_in(directory):
    """Whether `directory` holds an __init__ source or bytecode file."""
    for suffix in (".py", _machinery.BYTECODE_SUFFIXES[0]):
        if _os.path.isfile(_os.path.join(directory, "__init__" + suffix)):
            return True
    return False


def _module_file_in(entry, name):
    """(path, (suffix, mode, kind)) of the first file for module `name` in `entry`, or None."""
    for details in get_suffixes():
        candidate = _os.path.join(entry, name + details[0])
        if _os.path.isfile(candidate):
            return candidate, details
    return None


def find_module(name, path=None):
    """Search for the top-level module `name` and return (file, pathname, description).

    With `path` None, built-in and frozen modules are found first, then sys.path is searched;
    otherwise `path` must be a list of directories.  `file` is the module's file opened for
    reading (text with the source's declared encoding, or binary), or None for packages,
    built-in and frozen modules; `description` is a (suffix, mode, kind) triple as in
    get_suffixes().  The caller closes `file`.  ImportError when nothing is found.

    Deprecated: use importlib.util.find_spec()."""
    if not isinstance(name, str):
        raise TypeError("'name' must be a str, not %s" % (type(name),))
    if path is None:
        if is_builtin(name):
            return None, None, ("", "", C_BUILTIN)
        if is_frozen(name):
            return None, None, ("", "", PY_FROZEN)
        path = _sys.path
    elif not isinstance(path, list):
        raise RuntimeError("'path' must be None or a list, not %s" % (type(path),))
    for entry in path:
        directory = _os.path.join(entry, name)
        if _package_in(directory):
            return None, directory, ("", "", PKG_DIRECTORY)
        hit = _module_file_in(entry, name)
        if hit is not None:
            break
    else:
        raise ImportError("No module named %r" % (name,), name=name)
    filename, details = hit
    mode = details[1]
    if "b" in mode:
        return open(filename, mode), filename, details
    import tokenize
    with open(filename, "rb") as raw:
        encoding = tokenize.detect_encoding(raw.readline)[0]
    return open(filename, mode, encoding=encoding), filename, details


class NullImporter:
    """Legacy path-entry importer that finds nothing, for path entries that are not
    directories.  Deprecated: put None into sys.path_importer_cache instead."""

    def __init__(self, path):
        if path == "":
            raise ImportError("empty pathname", path="")
        if _os.path.isdir(path):
            raise ImportError("existing directory", path=path)

    def find_module(self, fullname):
        """Always None: this importer finds no module."""
        return None
