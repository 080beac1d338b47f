"""Shims for the pkgutil module.

- pkgutil.ImpImporter / pkgutil.ImpLoader (removed in 3.12): the PEP 302 finder and loader
  that wrap the "classic" import algorithm of the `imp` module.  Old pkg_resources and plugin
  loaders look them up at import time (`hasattr(pkgutil, "ImpImporter")`, registering
  handlers for the class), and some still instantiate them.  Rebuilt here on pythonc's own
  `imp` functions; every instantiation warns, as it did on 3.8.
- pkgutil.find_loader / pkgutil.get_loader (removed in 3.14): thin functions over
  importlib.util.find_spec(), with the 3.8 semantics and error messages.
"""
from _compat_engine import export, shim, unexport

# Module kinds of imp.find_module()'s description triple, and how a closed file of each kind
# is opened again.
_PY_SOURCE, _PY_COMPILED, _C_EXTENSION, _PKG_DIRECTORY = 1, 2, 3, 5
_REOPEN_MODE = {_PY_SOURCE: "r", _PY_COMPILED: "rb", _C_EXTENSION: "rb"}


def _export(pkgutil, names, after):
    """Put restored names back into pkgutil.__all__ where 3.8 had them (after `after`)."""
    for name in names:
        export(pkgutil, name, after)
        after = name


def _unexport(pkgutil, names):
    for name in names:
        pkgutil.__dict__.pop(name, None)
        unexport(pkgutil, name)


def _imp(function):
    """A function of pythonc's fresh `imp` (find_module, load_module), taken without
    importing `imp` (which would warn about the module on the caller's behalf)."""
    import _compat_engine
    return _compat_engine._namespace_of_file("imp")[function]


def _unwrap(loader):
    """The real loader behind the engine's import-time wrapper (which find_spec() hands out
    for the modules shims watch, until they are imported)."""
    import _compat_engine
    return loader._loader if isinstance(loader, _compat_engine._PatchingLoader) else loader


def _read(path, mode):
    with open(path, mode) as stream:
        return stream.read()


def _module_names(directory):
    """(name, is_package) for the entries of `directory`, by sorted file name, as 3.8's
    ImpImporter listed them (duplicates and names with dots included; the caller filters)."""
    import os
    from inspect import getmodulename
    try:
        entries = sorted(os.listdir(directory))
    except OSError:
        entries = []
    for entry in entries:
        name = getmodulename(entry)
        if name:
            yield name, False
            continue
        where = os.path.join(directory, entry)
        if name is None and "." not in entry and os.path.isdir(where):
            try:
                contents = os.listdir(where)
            except OSError:
                contents = ()
            # only a directory with an __init__ module of some kind is a package
            if "__init__" in map(getmodulename, contents):
                yield entry, True


@shim("pkgutil-impimporter", removed_in="3.12",
      replacement="importlib (importlib.machinery.FileFinder, SourceFileLoader)", kind="class")
def _impimporter(pkgutil, ctx):
    import os

    class ImpImporter:
        """PEP 302 Finder that wraps Python's "classic" import algorithm

        ImpImporter(directory) finds the modules and packages in that directory;
        ImpImporter() (path None) finds top-level modules the way imp.find_module() does,
        on sys.path and among built-in and frozen modules.  It is not meant for
        sys.meta_path.
        """

        def __init__(self, path=None):
            ctx.warn("pkgutil.ImpImporter", stacklevel=1)
            self.path = path

        def find_module(self, fullname, path=None):
            """An ImpLoader for `fullname` (only its last component is searched for), or
            None when it is not found.  An ImpImporter(None) finds top-level names only."""
            last = fullname.rpartition(".")[2]
            if self.path is not None:
                where = [os.path.realpath(self.path)]
            elif last == fullname:
                where = None
            else:
                return None
            try:
                description = _imp("find_module")(last, where)
            except ImportError:
                description = None
            return description and ImpLoader(fullname, *description)

        def iter_modules(self, prefix=""):
            """(prefix + name, is_package) for each module and package of the directory,
            in file-name order; nothing for ImpImporter(None) or a missing directory."""
            if self.path is None or not os.path.isdir(self.path):
                return
            listed = {"__init__"}
            for name, is_package in _module_names(self.path):
                if is_package or (name not in listed and "." not in name):
                    listed.add(name)
                    yield prefix + name, is_package

    class ImpLoader:
        """PEP 302 Loader that wraps Python's "classic" import algorithm
        """

        # get_code() and get_source() keep what they produced here.
        code = source = None

        def __init__(self, fullname, file, filename, etc):
            ctx.warn("pkgutil.ImpLoader", stacklevel=1)
            self.fullname, self.file, self.filename, self.etc = fullname, file, filename, etc

        def load_module(self, fullname):
            """Load the module with imp.load_module() from the file found (reopened if it
            was closed) and return it; the file is closed afterwards."""
            self._reopen()
            stream = self.file
            try:
                return _imp("load_module")(fullname, stream, self.filename, self.etc)
            finally:
                if stream:
                    stream.close()

        def get_data(self, pathname):
            """The bytes of the file `pathname`."""
            return _read(pathname, "rb")

        def _reopen(self):
            stream = self.file
            if stream and stream.closed:
                mode = _REOPEN_MODE.get(self.etc[2])
                if mode:
                    self.file = open(self.filename, mode)

        def _use_file(self, reader):
            """reader(file) on the module's file, reopened if need be and closed after."""
            self._reopen()
            try:
                return reader(self.file)
            finally:
                self.file.close()

        def _fix_name(self, fullname):
            if fullname is not None and fullname != self.fullname:
                raise ImportError("Loader for module %s cannot handle module %s"
                                  % (self.fullname, fullname))
            return self.fullname

        def _produce(self, slot, fullname, makers):
            """The cached self.<slot>, made on first use by makers[kind](self, fullname)
            (None for kinds without a maker)."""
            fullname = self._fix_name(fullname)
            if getattr(self, slot) is None:
                make = makers.get(self.etc[2])
                if make is not None:
                    setattr(self, slot, make(self, fullname))
            return getattr(self, slot)

        def is_package(self, fullname):
            self._fix_name(fullname)
            return self.etc[2] == _PKG_DIRECTORY

        def get_code(self, fullname=None):
            return self._produce("code", fullname, _CODE_MAKERS)

        def get_source(self, fullname=None):
            return self._produce("source", fullname, _SOURCE_MAKERS)

        def _get_delegate(self):
            return ImpImporter(self.filename).find_module("__init__")

        def get_filename(self, fullname=None):
            self._fix_name(fullname)
            kind = self.etc[2]
            if kind == _PKG_DIRECTORY:
                return self._get_delegate().get_filename()
            return self.filename if kind in _REOPEN_MODE else None

    def _source_beside(loader, fullname):
        text_path = loader.filename[:-1]
        return _read(text_path, "r") if os.path.exists(text_path) else None

    _SOURCE_MAKERS = {
        _PY_SOURCE: lambda loader, fullname: loader._use_file(lambda stream: stream.read()),
        _PY_COMPILED: _source_beside,
        _PKG_DIRECTORY: lambda loader, fullname: loader._get_delegate().get_source(),
    }
    _CODE_MAKERS = {
        _PY_SOURCE: lambda loader, fullname: compile(loader.get_source(fullname),
                                                     loader.filename, "exec"),
        _PY_COMPILED: lambda loader, fullname: loader._use_file(pkgutil.read_code),
        _PKG_DIRECTORY: lambda loader, fullname: loader._get_delegate().get_code(),
    }

    restored = []
    for cls in (ImpImporter, ImpLoader):
        # named as pkgutil's own classes (repr, pickling, messages of argument errors)
        cls.__module__, cls.__qualname__ = pkgutil.__name__, cls.__name__
        for method in vars(cls).values():
            if callable(method):
                method.__qualname__ = "%s.%s" % (cls.__name__, method.__name__)
        if ctx.restore(pkgutil, cls.__name__, cls):
            restored.append(cls.__name__)
    _export(pkgutil, restored, "get_data")


@_impimporter.hide
def _hide_impimporter(pkgutil):
    _unexport(pkgutil, ("ImpImporter", "ImpLoader"))


@shim("pkgutil-find-get-loader", removed_in="3.14",
      replacement="importlib.util.find_spec(name).loader", kind="function")
def _find_get_loader(pkgutil, ctx):
    import sys
    module_type = type(sys)
    absent = object()

    def _spec_loader(fullname):
        """find_spec(fullname).loader, or None; lookup errors become ImportError."""
        if fullname.startswith("."):
            raise ImportError("Relative module name %r not supported" % (fullname,))
        from importlib.util import find_spec
        try:
            spec = find_spec(fullname)
        except (ImportError, AttributeError, TypeError, ValueError) as failure:
            message = "Error while finding loader for %r (%s: %s)" % (
                fullname, type(failure), failure)
            raise ImportError(message) from failure
        return None if spec is None else _unwrap(spec.loader)

    def find_loader(fullname):
        """The loader importlib.util.find_spec(fullname) reports, or None.

        Kept for code written before module specs: most lookup failures are turned into
        ImportError, and only the loader of the spec is returned.
        """
        ctx.warn("pkgutil.find_loader()", stacklevel=1)
        return _spec_loader(fullname)

    def get_loader(module_or_name):
        """The loader of a module object, or of the module with that name.

        A module's own __loader__ is preferred; None when nothing is found.  Looking a
        name up imports its parent package (which sets up the package's __path__).
        """
        ctx.warn("pkgutil.get_loader()", stacklevel=1)
        imported = sys.modules.get(module_or_name, absent)
        if imported is None:
            return None
        if imported is not absent:
            module_or_name = imported
        if not isinstance(module_or_name, module_type):
            return _spec_loader(module_or_name)
        own = getattr(module_or_name, "__loader__", None)
        if own is None and getattr(module_or_name, "__spec__", None) is not None:
            return _spec_loader(module_or_name.__name__)
        return own

    restored = []
    for function in (get_loader, find_loader):
        function.__module__, function.__qualname__ = pkgutil.__name__, function.__name__
        if ctx.restore(pkgutil, function.__name__, function):
            restored.append(function.__name__)
    _export(pkgutil, restored, "iter_importers")


@_find_get_loader.hide
def _hide_find_get_loader(pkgutil):
    _unexport(pkgutil, ("get_loader", "find_loader"))
