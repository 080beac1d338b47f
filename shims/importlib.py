"""Shims for importlib and its submodules (importlib.abc, importlib.machinery,
importlib.util, importlib.metadata): the legacy finder/loader API removed in 3.12 (and the
metadata conveniences removed in 3.12 and 3.13), rebuilt on what every runtime still has
(find_spec(), specs, the public importlib API), with the behaviour of 3.8.

The finder and loader classes of importlib.machinery are the import system's own
(_frozen_importlib, _frozen_importlib_external), which every start-up loads: they are patched
only when one of the importlib modules named here is imported, through the objects those
modules re-export.  The import system itself never calls what is restored here.
"""
from _compat_engine import shim


def _bootstrap():
    import sys
    return sys.modules["_frozen_importlib"]


def _mark(function, owner, name=None):
    """Give a restored function the names it had as a method of `owner`."""
    name = name or function.__name__
    function.__name__ = name
    function.__qualname__ = "%s.%s" % (owner.__name__, name)
    function.__module__ = owner.__module__
    return function


def _restore_over_builtins(ctx, owner, name, value, skip=(object,)):
    """ctx.restore(), but a definition only in one of the `skip` classes (tuple's, or an
    ABC left by a runtime that still has the removed one) does not count as present."""
    if any(name in vars(klass) for klass in owner.__mro__ if klass not in skip):
        return False
    setattr(owner, name, value)
    ctx._undo_steps.append(lambda: delattr(owner, name))
    return True


def _drop(owner, names):
    for name in names:
        if name in vars(owner):
            try:
                delattr(owner, name)
            except (AttributeError, TypeError):
                pass


# ---- importlib.find_loader ------------------------------------------------------------------

@shim("importlib-find-loader", target="importlib", removed_in="3.12",
      replacement="importlib.util.find_spec()", kind="function")
def _find_loader(importlib, ctx):
    import sys

    def find_loader(name, path=None):
        """Return the loader for the specified module.

        This is a backward-compatible wrapper around find_spec().

        This function is deprecated in favor of importlib.util.find_spec().

        """
        ctx.warn("importlib.find_loader()", stacklevel=1)
        try:
            loader = sys.modules[name].__loader__
            if loader is None:
                raise ValueError("{}.__loader__ is None".format(name))
            return loader
        except KeyError:
            pass
        except AttributeError:
            raise ValueError("{}.__loader__ is not set".format(name)) from None
        spec = _bootstrap()._find_spec(name, path)
        if spec is None:
            return None
        if spec.loader is None:
            if spec.submodule_search_locations is None:
                raise ImportError("spec for {} missing loader".format(name), name=name)
            raise ImportError("namespace packages do not have loaders", name=name)
        import _compat_engine
        if isinstance(spec.loader, _compat_engine._PatchingLoader):
            return spec.loader._loader      # the engine's import-time wrapper
        return spec.loader

    find_loader.__module__ = importlib.__name__
    find_loader.__qualname__ = "find_loader"
    ctx.restore(importlib, "find_loader", find_loader)


@_find_loader.hide
def _hide_find_loader(importlib):
    importlib.__dict__.pop("find_loader", None)


# ---- find_module() / find_loader() methods --------------------------------------------------

_FINDER_CLASSES = ("BuiltinImporter", "FrozenImporter", "PathFinder", "FileFinder",
                   "WindowsRegistryFinder")


def _machinery_classes():
    """The finder classes of importlib.machinery, taken from the bootstrap modules (what
    importlib.machinery re-exports), without importing anything."""
    import sys
    found = {}
    for module_name in ("_frozen_importlib", "_frozen_importlib_external"):
        module = sys.modules.get(module_name)
        for name in _FINDER_CLASSES:
            value = getattr(module, name, None)
            if isinstance(value, type):
                found.setdefault(name, value)
    return found


@shim("importlib-find-module-methods",
      target=("importlib", "importlib.abc", "importlib.machinery"),
      removed_in="3.12", replacement="find_spec()", kind="method")
def _find_module_methods(module, ctx):
    classes = _machinery_classes()

    def legacy_find_module(self, fullname):
        """Try to find a loader for the specified module by delegating to
    self.find_loader().

    This method is deprecated in favor of finder.find_spec().

    """
        loader, portions = self.find_loader(fullname)
        if loader is None and len(portions):
            import warnings
            warnings.warn("Not importing directory {}: missing __init__".format(portions[0]),
                          ImportWarning)
        return loader

    if module.__name__ == "importlib.abc":
        MetaPathFinder, PathEntryFinder = module.MetaPathFinder, module.PathEntryFinder

        def find_module(self, fullname, path):
            """Return a loader for the module.

        If no module is found, return None.  The fullname is a str and
        the path is a list of strings or None.

        This method is deprecated since Python 3.4 in favor of
        finder.find_spec(). If find_spec() exists then backwards-compatible
        functionality is provided for this method.

        """
            ctx.warn("MetaPathFinder.find_module()", instead="MetaPathFinder.find_spec()")
            if not hasattr(self, "find_spec"):
                return None
            found = self.find_spec(fullname, path)
            return found.loader if found is not None else None

        def plain_find_loader(self, fullname):
            if not hasattr(self, "find_spec"):
                return None, []
            found = self.find_spec(fullname)
            if found is None:
                return None, []
            return found.loader, found.submodule_search_locations or []

        def find_loader(self, fullname):
            """Return (loader, namespace portion) for the path entry.

        The fullname is a str.  The namespace portion is a sequence of
        path entries contributing to part of a namespace package. The
        sequence may be empty.  If loader is not None, the portion will
        be ignored.

        The portion will be discarded if another path entry finder
        locates the module as a normal module or package.

        This method is deprecated since Python 3.4 in favor of
        finder.find_spec(). If find_spec() is provided than backwards-compatible
        functionality is provided.
        """
            ctx.warn("PathEntryFinder.find_loader()", instead="PathEntryFinder.find_spec()")
            return plain_find_loader(self, fullname)

        def entry_find_module(self, fullname):
            ctx.warn("PathEntryFinder.find_module()", instead="PathEntryFinder.find_spec()")
            if getattr(type(self), "find_loader", None) is find_loader:
                # The default find_loader(): one use, one warning.
                loader, portions = plain_find_loader(self, fullname)
                if loader is None and len(portions):
                    import warnings
                    warnings.warn("Not importing directory {}: missing __init__".format(
                        portions[0]), ImportWarning)
                return loader
            return legacy_find_module(self, fullname)
        entry_find_module.__doc__ = legacy_find_module.__doc__

        # (Before 3.12 both ABCs derived from importlib.abc.Finder, whose abstract
        # find_module() is not the method restored here.)
        legacy_base = tuple(k for k in (module.__dict__.get("Finder"), object) if k)
        _restore_over_builtins(ctx, MetaPathFinder, "find_module",
                               _mark(find_module, MetaPathFinder), legacy_base)
        _restore_over_builtins(ctx, PathEntryFinder, "find_loader",
                               _mark(find_loader, PathEntryFinder), legacy_base)
        _restore_over_builtins(ctx, PathEntryFinder, "find_module",
                               _mark(entry_find_module, PathEntryFinder, "find_module"),
                               legacy_base)

    # importlib.machinery's classes (also reached from importlib.abc, which imports it).
    PathFinder = classes.get("PathFinder")
    FileFinder = classes.get("FileFinder")
    BuiltinImporter = classes.get("BuiltinImporter")
    FrozenImporter = classes.get("FrozenImporter")
    Registry = classes.get("WindowsRegistryFinder")

    def spec_loader(spec):
        return None if spec is None else spec.loader

    if PathFinder is not None:
        def path_find_module(cls, fullname, path=None):
            """find the module on sys.path or 'path' based on sys.path_hooks and
        sys.path_importer_cache.

        This method is deprecated.  Use find_spec() instead.

        """
            ctx.warn("PathFinder.find_module()", instead="PathFinder.find_spec()")
            return spec_loader(cls.find_spec(fullname, path))
        ctx.restore(PathFinder, "find_module",
                    classmethod(_mark(path_find_module, PathFinder, "find_module")))

    if FileFinder is not None:
        def file_find_loader(self, fullname):
            """Try to find a loader for the specified module, or the namespace
        package portions. Returns (loader, list-of-portions).

        This method is deprecated.  Use find_spec() instead.

        """
            ctx.warn("FileFinder.find_loader()", instead="FileFinder.find_spec()")
            spec = self.find_spec(fullname)
            if spec is None:
                return None, []
            return spec.loader, spec.submodule_search_locations or []

        def file_find_module(self, fullname):
            ctx.warn("FileFinder.find_module()", instead="FileFinder.find_spec()")
            spec = self.find_spec(fullname)
            if spec is None:
                loader, portions = None, []
            else:
                loader, portions = spec.loader, spec.submodule_search_locations or []
            if loader is None and len(portions):
                import warnings
                warnings.warn("Not importing directory {}: missing __init__".format(
                    portions[0]), ImportWarning)
            return loader
        file_find_module.__doc__ = legacy_find_module.__doc__
        ctx.restore(FileFinder, "find_loader",
                    _mark(file_find_loader, FileFinder, "find_loader"))
        ctx.restore(FileFinder, "find_module",
                    _mark(file_find_module, FileFinder, "find_module"))

    if BuiltinImporter is not None:
        def builtin_find_module(cls, fullname, path=None):
            """Find the built-in module.

        If 'path' is ever specified then the search is considered a failure.

        This method is deprecated.  Use find_spec() instead.

        """
            ctx.warn("BuiltinImporter.find_module()", instead="BuiltinImporter.find_spec()")
            if path is not None:
                return None
            return spec_loader(cls.find_spec(fullname, path))
        ctx.restore(BuiltinImporter, "find_module",
                    classmethod(_mark(builtin_find_module, BuiltinImporter, "find_module")))

    if FrozenImporter is not None:
        def frozen_find_module(cls, fullname, path=None):
            """Find a frozen module.

        This method is deprecated.  Use find_spec() instead.

        """
            ctx.warn("FrozenImporter.find_module()", instead="FrozenImporter.find_spec()")
            return cls if cls.find_spec(fullname) is not None else None
        ctx.restore(FrozenImporter, "find_module",
                    classmethod(_mark(frozen_find_module, FrozenImporter, "find_module")))

    if Registry is not None:
        def registry_find_module(cls, fullname, path=None):
            """Find module named in the registry.

        This method is deprecated.  Use exec_module() instead.

        """
            ctx.warn("WindowsRegistryFinder.find_module()",
                     instead="WindowsRegistryFinder.find_spec()")
            return spec_loader(cls.find_spec(fullname, path))
        ctx.restore(Registry, "find_module",
                    classmethod(_mark(registry_find_module, Registry, "find_module")))


@_find_module_methods.hide
def _hide_find_module_methods(module):
    # Each hide runs just before the same module's apply: a hide must not take back what the
    # apply for another module (imported earlier) restored.
    if module.__name__ == "importlib.abc":
        _drop(module.MetaPathFinder, ("find_module",))
        _drop(module.PathEntryFinder, ("find_module", "find_loader"))
    if module.__name__ != "importlib":
        return
    classes = _machinery_classes()
    for name in ("PathFinder", "BuiltinImporter", "FrozenImporter", "WindowsRegistryFinder"):
        if name in classes:
            _drop(classes[name], ("find_module",))
    if "FileFinder" in classes:
        _drop(classes["FileFinder"], ("find_module", "find_loader"))


# ---- importlib.abc.Finder -------------------------------------------------------------------

@shim("importlib-abc-finder", target="importlib.abc", removed_in="3.12",
      replacement="importlib.abc.MetaPathFinder or importlib.abc.PathEntryFinder", kind="class")
def _abc_finder(abc_module, ctx):
    made = []

    def make_finder():
        if made:
            return made[0]
        import abc

        class Finder(metaclass=abc.ABCMeta):

            """Legacy abstract base class for import finders.

    It may be subclassed for compatibility with legacy third party
    reimplementations of the import system.  Otherwise, finder
    implementations should derive from the more specific MetaPathFinder
    or PathEntryFinder ABCs.

    Deprecated since Python 3.3
    """

            @abc.abstractmethod
            def find_module(self, fullname, path=None):
                """An abstract method that should find a module.
        The fullname is a str and the optional path is a str or None.
        Returns a Loader object or None.
        """

        Finder.__module__ = abc_module.__name__
        Finder.__qualname__ = "Finder"
        for cls in (abc_module.MetaPathFinder, abc_module.PathEntryFinder):
            Finder.register(cls)
        for cls in _machinery_classes().values():
            Finder.register(cls)
        made.append(Finder)
        return Finder

    ctx.alias(abc_module, "Finder", make_finder, what="importlib.abc.Finder")


@_abc_finder.hide
def _hide_abc_finder(abc_module):
    abc_module.__dict__.pop("Finder", None)


# ---- importlib.util.set_package / set_loader / module_for_loader ------------------------------

@shim("importlib-util-set-package-loader", target="importlib.util", removed_in="3.12",
      replacement="loaders implementing exec_module()", kind="function")
def _set_package_loader(util, ctx):
    import functools
    import sys

    def set_package(fxn):
        """Set __package__ on the returned module.

    This function is deprecated.

    """
        @functools.wraps(fxn)
        def set_package_wrapper(*args, **kwargs):
            ctx.warn("importlib.util.set_package()", stacklevel=1)
            module = fxn(*args, **kwargs)
            if getattr(module, "__package__", None) is None:
                module.__package__ = module.__name__
                if not hasattr(module, "__path__"):
                    module.__package__ = module.__package__.rpartition(".")[0]
            return module
        return set_package_wrapper

    def set_loader(fxn):
        """Set __loader__ on the returned module.

    This function is deprecated.

    """
        @functools.wraps(fxn)
        def set_loader_wrapper(self, *args, **kwargs):
            ctx.warn("importlib.util.set_loader()", stacklevel=1)
            module = fxn(self, *args, **kwargs)
            if getattr(module, "__loader__", None) is None:
                module.__loader__ = self
            return module
        return set_loader_wrapper

    def module_for_loader(fxn):
        """Decorator to handle selecting the proper module for loaders.

    The decorated function is passed the module to use instead of the module
    name. The module passed in to the function is either from sys.modules if
    it already exists or is a new module. If the module is new, then __name__
    is set the first argument to the method, __loader__ is set to self, and
    __package__ is set accordingly (if self.is_package() is defined) will be set
    before it is passed to the decorated function (if self.is_package() does
    not work for the module it will be set post-load).

    If an exception is raised and the decorator created the module it is
    subsequently removed from sys.modules.

    The decorator assumes that the decorated function takes the module name as
    the second argument.

    """
        ctx.warn("importlib.util.module_for_loader()", stacklevel=1)

        @functools.wraps(fxn)
        def module_for_loader_wrapper(self, fullname, *args, **kwargs):
            module = sys.modules.get(fullname)
            is_reload = module is not None
            if not is_reload:
                module = type(sys)(fullname)
                module.__initializing__ = True
                sys.modules[fullname] = module
            try:
                module.__loader__ = self
                try:
                    is_package = self.is_package(fullname)
                except (ImportError, AttributeError):
                    pass
                else:
                    if is_package:
                        module.__package__ = fullname
                    else:
                        module.__package__ = fullname.rpartition(".")[0]
                return fxn(self, module, *args, **kwargs)
            except Exception:
                # As in 3.4 to 3.11: a module this call created is taken out of
                # sys.modules again, and the exception is not propagated.
                if not is_reload:
                    sys.modules.pop(fullname, None)
            finally:
                module.__initializing__ = False
        return module_for_loader_wrapper

    for function in (set_package, set_loader, module_for_loader):
        function.__module__ = util.__name__
        function.__qualname__ = function.__name__
        ctx.restore(util, function.__name__, function)


@_set_package_loader.hide
def _hide_set_package_loader(util):
    for name in ("set_package", "set_loader", "module_for_loader"):
        util.__dict__.pop(name, None)


# ---- module_repr() ----------------------------------------------------------------------------

def _restored(function):
    function._pythonc_restored = True
    return function


@shim("importlib-module-repr", target=("importlib", "importlib.abc"), removed_in="3.12",
      replacement="the module's __spec__ (the import system builds reprs from it)", kind="method")
def _module_repr(module, ctx):
    if module.__name__ == "importlib.abc":
        Loader = module.Loader

        def module_repr(self, module):
            """Return a module's repr.

        Used by the module type when the method does not raise
        NotImplementedError.

        This method is deprecated.

        """
            # The module type skips this default (it raises), as 3.8's did.
            raise NotImplementedError

        ctx.restore(Loader, "module_repr", _restored(_mark(module_repr, Loader)))
        return

    classes = _machinery_classes()

    def builtin_repr(module):
        """Return repr for the module.

        The method is deprecated.  The import machinery does the job itself.

        """
        ctx.warn("BuiltinImporter.module_repr()", stacklevel=1)
        return "<module {!r} ({})>".format(module.__name__, "built-in")

    def frozen_repr(m):
        """Return repr for the module.

        The method is deprecated.  The import machinery does the job itself.

        """
        ctx.warn("FrozenImporter.module_repr()", stacklevel=1)
        return "<module {!r} ({})>".format(m.__name__, "frozen")

    for name, function, kind in (("BuiltinImporter", builtin_repr, "built-in"),
                                 ("FrozenImporter", frozen_repr, "frozen")):
        owner = classes.get(name)
        if owner is not None:
            # What the module type uses, silently (repr(sys) is no use of a removed API).
            function._pythonc_plain = (lambda module, kind=kind:
                                       "<module {!r} ({})>".format(module.__name__, kind))
            ctx.restore(owner, "module_repr",
                        staticmethod(_restored(_mark(function, owner, "module_repr"))))

    # The module type's repr asks the import system (_frozen_importlib._module_repr); 3.8's
    # asked the module's loader first, through its module_repr() method when it had one
    # (falling back to the usual repr when that raised).
    bootstrap = _bootstrap()
    current = getattr(bootstrap, "_module_repr", None)
    if current is None or getattr(current, "_pythonc_restored", False):
        return

    def _module_repr(module):
        loader = getattr(module, "__loader__", None)
        method = getattr(loader, "module_repr", None)
        plain = getattr(method, "_pythonc_plain", None)
        if plain is not None:
            return plain(module)
        if method is not None and not getattr(method, "_pythonc_restored", False):
            try:
                text = method(module)
            except Exception:
                pass
            else:
                ctx.warn("the import system calling a loader's module_repr()", stacklevel=1)
                return text
        return current(module)

    _restored(_module_repr)
    bootstrap._module_repr = _module_repr

    def undo():
        if bootstrap._module_repr is _module_repr:
            bootstrap._module_repr = current
    ctx._undo_steps.append(undo)


@_module_repr.hide
def _hide_module_repr(module):
    if module.__name__ == "importlib.abc":
        _drop(module.Loader, ("module_repr",))
        return
    classes = _machinery_classes()
    for name in ("BuiltinImporter", "FrozenImporter"):
        if name in classes:
            _drop(classes[name], ("module_repr",))
    bootstrap = _bootstrap()
    current = bootstrap._module_repr

    def _module_repr(module):
        # As 3.12 does: a loader's module_repr() is not consulted.
        loader = getattr(module, "__loader__", None)
        if getattr(loader, "module_repr", None) is None:
            return current(module)
        spec = getattr(module, "__spec__", None)
        if spec is not None:
            return bootstrap._module_repr_from_spec(spec)
        name = getattr(module, "__name__", "?")
        if getattr(module, "__file__", None) is not None:
            return "<module {!r} from {!r}>".format(name, module.__file__)
        return "<module {!r} ({!r})>".format(name, loader)

    bootstrap._module_repr = _module_repr


# ---- importlib.metadata -----------------------------------------------------------------------

@shim("importlib-metadata-entry-points-dict", target="importlib.metadata", removed_in="3.12",
      replacement='entry_points(group="...") or entry_points().select(group="...")',
      kind="behaviour-change")
def _entry_points_dict(metadata, ctx):
    import functools
    import itertools

    original = metadata.entry_points

    class _GroupedEntryPoints(dict):
        """{group: (EntryPoint, ...)} as 3.8's entry_points() returned, which also answers
        the select() / groups / names of the newer API for code written for it."""

        __slots__ = ()

        def select(self, **params):
            return original(**params)

        @property
        def groups(self):
            return set(self)

        @property
        def names(self):
            return {ep.name for eps in self.values() for ep in eps}

    # 3.8 returned a plain dict: the type keeps that name.
    _GroupedEntryPoints.__name__ = _GroupedEntryPoints.__qualname__ = "dict"
    _GroupedEntryPoints.__module__ = metadata.__name__

    @functools.wraps(original)
    def entry_points(**params):
        """Return EntryPoint objects for all installed packages.

        Called without arguments (as before 3.10): a dict mapping each group to the tuple
        of its entry points, in distribution order, every distribution on the path counted
        (pythonc restores this for --compat 3.8; it was removed in 3.12)."""
        if params:
            return original(**params)
        ctx.warn("importlib.metadata.entry_points() returning a dict of groups",
                 stacklevel=1)
        found = itertools.chain.from_iterable(
            dist.entry_points for dist in metadata.distributions())
        by_group = sorted(found, key=lambda ep: ep.group)
        return _GroupedEntryPoints(
            (group, tuple(eps)) for group, eps in itertools.groupby(by_group,
                                                                     lambda ep: ep.group))

    entry_points._pythonc_original = original
    if "entry_points" in metadata.__dict__:
        metadata.entry_points = entry_points

        def undo():
            if metadata.__dict__.get("entry_points") is entry_points:
                metadata.entry_points = original
        ctx._undo_steps.append(undo)


@_entry_points_dict.hide
def _hide_entry_points_dict(metadata):
    original = metadata.entry_points

    def entry_points(**params):
        # As 3.12: without arguments, every entry point, in an EntryPoints tuple.
        result = original(**params)
        if params or not isinstance(result, dict):
            return result
        select = getattr(result, "select", None)
        if select is None:
            # 3.8, 3.9: a plain dict; all its entry points, as one tuple.
            return tuple(ep for eps in result.values() for ep in eps)
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            return select()

    metadata.entry_points = entry_points


@shim("importlib-metadata-entrypoint-getitem", target="importlib.metadata", removed_in="3.13",
      replacement="ep.name, ep.value, ep.group", kind="method")
def _entrypoint_getitem(metadata, ctx):
    EntryPoint = metadata.EntryPoint

    def __getitem__(self, item):
        """ep[0], ep[1], ep[2]: name, value and group, as when EntryPoint was a named
        tuple (slices and negative indexes too)."""
        ctx.warn("EntryPoint tuple interface (ep[index])", stacklevel=1)
        return (self.name, self.value, self.group)[item]

    def __iter__(self):
        """Supply iter so one may construct dicts of EntryPoints easily."""
        ctx.warn("EntryPoint tuple interface (iter(ep))", stacklevel=1)
        return iter((self.name, self))

    def __len__(self):
        return 3

    for name, function in (("__getitem__", __getitem__), ("__iter__", __iter__),
                           ("__len__", __len__)):
        if getattr(EntryPoint.__dict__.get(name), "_pythonc_hidden", False):
            delattr(EntryPoint, name)       # what simulated removal put there
        # (tuple's own methods, on a named-tuple EntryPoint, are not the 3.8 ones.)
        _restore_over_builtins(ctx, EntryPoint, name, _mark(function, EntryPoint),
                               (tuple, object))


_TUPLE_PROTOCOL = ("__getitem__", "__iter__", "__len__")


@_entrypoint_getitem.hide
def _hide_entrypoint_getitem(metadata):
    EntryPoint = metadata.EntryPoint
    for klass in EntryPoint.__mro__[:-1]:
        _drop(klass, _TUPLE_PROTOCOL)
    # Before 3.11 EntryPoint was a named tuple: tuple's own methods cannot be deleted, so
    # they are shadowed by ones that fail as 3.13's absence does.
    for name in _TUPLE_PROTOCOL:
        if any(name in vars(klass) for klass in EntryPoint.__mro__[:-1]):
            def absent(self, *args, _name=name):
                raise TypeError("'EntryPoint' object is not %s" % {
                    "__getitem__": "subscriptable", "__iter__": "iterable",
                    "__len__": "sized"}[_name])
            absent._pythonc_hidden = True
            setattr(EntryPoint, name, absent)


# ---- importlib.abc resource ABCs ----------------------------------------------------------------

_RESOURCE_ABCS = ("ResourceReader", "Traversable", "TraversableResources")
_hidden_resource_abcs = {}      # simulated removal on 3.8 to 3.10: the hidden originals


@shim("importlib-abc-resources", target="importlib.abc", removed_in="3.14",
      replacement="importlib.resources.abc", kind="alias")
def _abc_resources(abc_module, ctx):
    def getter(name):
        def get():
            try:
                import importlib.resources.abc as resources_abc
                return getattr(resources_abc, name)
            except (ImportError, AttributeError):
                # Before 3.11 the classes lived in importlib.abc itself (simulated removal).
                return _hidden_resource_abcs[name]
        return get

    for name in _RESOURCE_ABCS:
        ctx.alias(abc_module, name, getter(name), what="importlib.abc.%s" % name,
                  instead="importlib.resources.abc.%s" % name)


@_abc_resources.hide
def _hide_abc_resources(abc_module):
    for name in _RESOURCE_ABCS:
        if name in abc_module.__dict__:
            _hidden_resource_abcs[name] = abc_module.__dict__.pop(name)
    current = abc_module.__dict__.get("__getattr__")
    if current is None:
        return
    modname = abc_module.__name__

    def __getattr__(name):
        # As on 3.14: the deprecated names are no longer served.
        if name in _RESOURCE_ABCS:
            raise AttributeError("module %r has no attribute %r" % (modname, name))
        return current(name)

    abc_module.__getattr__ = __getattr__


# ---- the legacy finder protocol ----------------------------------------------------------------

def _importer_level():
    """How many frames above a find_spec() adapter the importing code is (past the import
    machinery and this file's own wrappers)."""
    import sys
    frame = sys._getframe(2)
    level = 1
    while frame is not None and (
            frame.f_code.co_filename.startswith("<frozen importlib")
            or frame.f_code.co_filename == "<pythonc shims/importlib.py>"):
        frame = frame.f_back
        level += 1
    return level


def _label(finder):
    return finder.__name__ if isinstance(finder, type) else type(finder).__name__


def _attach(finder, find_spec):
    find_spec._pythonc_restored = True
    try:
        setattr(finder, "find_spec", find_spec)
    except (AttributeError, TypeError):
        pass                                # __slots__ or a built-in type: left as it is


def _adapt_meta_path_finder(ctx, finder):
    spec_from_loader = _bootstrap().spec_from_loader

    def find_spec(fullname, path=None, target=None):
        loader = finder.find_module(fullname, path)
        if loader is None:
            return None
        ctx.warn("the import system using %s.find_module() (a finder without find_spec())"
                 % _label(finder), stacklevel=_importer_level())
        return spec_from_loader(fullname, loader)
    _attach(finder, find_spec)


def _adapt_path_entry_finder(ctx, finder):
    bootstrap = _bootstrap()

    def find_spec(fullname, target=None):
        if hasattr(finder, "find_loader"):
            loader, portions = finder.find_loader(fullname)
            used = "find_loader"
        else:
            loader, portions = finder.find_module(fullname), []
            used = "find_module"
        if loader is not None:
            ctx.warn("the import system using %s.%s() (a path entry finder without "
                     "find_spec())" % (_label(finder), used), stacklevel=_importer_level())
            return bootstrap.spec_from_loader(fullname, loader)
        spec = bootstrap.ModuleSpec(fullname, None)
        spec.submodule_search_locations = portions
        return spec
    _attach(finder, find_spec)


def _patch_path_finder(ctx):
    """Have PathFinder give path entry finders that lack find_spec() one (once)."""
    import sys
    PathFinder = getattr(sys.modules["_frozen_importlib_external"], "PathFinder", None)
    original_cache = None if PathFinder is None else \
        PathFinder.__dict__.get("_path_importer_cache")
    if not isinstance(original_cache, classmethod) \
            or getattr(original_cache.__func__, "_pythonc_restored", False):
        return
    cached = original_cache.__func__

    def _path_importer_cache(cls, path):
        finder = cached(cls, path)
        if finder is not None and not hasattr(finder, "find_spec") and (
                hasattr(finder, "find_loader") or hasattr(finder, "find_module")):
            _adapt_path_entry_finder(ctx, finder)
        return finder

    _path_importer_cache._pythonc_restored = True
    PathFinder._path_importer_cache = classmethod(_path_importer_cache)

    def undo():
        if PathFinder.__dict__.get("_path_importer_cache").__func__ is _path_importer_cache:
            PathFinder._path_importer_cache = original_cache
    ctx._undo_steps.append(undo)


def _adapt_meta_path(ctx):
    import sys
    for finder in list(sys.meta_path):
        if not hasattr(finder, "find_spec") and hasattr(finder, "find_module"):
            _adapt_meta_path_finder(ctx, finder)


def _install(ctx):
    """Adapt the finders before every import (wrapping the import system's _find_spec,
    which it looks up at each import), and have PathFinder adapt path entry finders."""
    bootstrap = _bootstrap()
    original_find_spec = getattr(bootstrap, "_find_spec", None)
    if original_find_spec is not None \
            and not getattr(original_find_spec, "_pythonc_restored", False):
        def _find_spec(name, path, target=None):
            _adapt_meta_path(ctx)
            return original_find_spec(name, path, target)

        _find_spec._pythonc_restored = True
        bootstrap._find_spec = _find_spec

        def undo_find_spec():
            if bootstrap._find_spec is _find_spec:
                bootstrap._find_spec = original_find_spec
        ctx._undo_steps.append(undo_find_spec)
    _patch_path_finder(ctx)


@shim("importlib-legacy-finder-protocol", target="importlib", removed_in="3.12",
      replacement="find_spec() in finders (importlib.util.spec_from_loader() helps)",
      kind="behaviour-change")
def _legacy_finder_protocol(importlib, ctx):
    """From the import of importlib on, finders that have only find_module() (on
    sys.meta_path) or find_loader()/find_module() (path entry finders made by sys.path_hooks)
    get a find_spec() built on them, as the import system of 3.4 to 3.11 did for them."""
    _install(ctx)


@_legacy_finder_protocol.hide
def _hide_legacy_finder_protocol(importlib):
    # Simulated removal (3.8 to 3.11): the import system stops falling back to find_module()
    # and find_loader(), as 3.12's does.
    import sys
    bootstrap = _bootstrap()
    if hasattr(bootstrap, "_find_spec_legacy"):
        bootstrap._find_spec_legacy = lambda finder, name, path: None
    PathFinder = getattr(sys.modules["_frozen_importlib_external"], "PathFinder", None)
    if PathFinder is not None and "_legacy_get_spec" in PathFinder.__dict__:
        def _legacy_get_spec(cls, fullname, finder):
            raise AttributeError("'%s' object has no attribute 'find_spec'"
                                 % type(finder).__name__)
        PathFinder._legacy_get_spec = classmethod(_legacy_get_spec)
