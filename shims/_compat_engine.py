"""pythonc's shim engine: applies the shims of shims/*.py when the compatibility version is
lowered.

Its C half (launcher/engine.c) keeps a finder at the front of sys.meta_path that answers only
for the names of active targets, and executes this module the first time one of them is
imported (or at once, when one already is). Contract (docs/design.md):

- A shim is active when compat < removed_in <= running, it is restorable, and it was not
  switched off with _compat.disable(). Under PYTHONC_SIMULATE_REMOVAL=ID[,ID...] (a test
  knob) this runtime plays one that removed those APIs: their originals are hidden from the
  start, and a compatibility request below the removal restores them, so a shim can be
  proved on a runtime that still has what it restores.
- Lazy: for a watched name, find_spec() lets the other finders find the real module, wraps
  the loader so that the shims run right after the module executes, and puts the real loader
  back before the module runs. A restored whole module is served only when no real module
  is found.
- Modules already imported when the version drops are patched at once.
- Shims written in C (open_guard.c) call back into their Python half through a handler
  from native_handler(), made once.
- Shim code never runs under the engine's lock (it may import, and imports take their own
  locks); the lock only guards the bookkeeping of what is applied where.
"""

import sys
import _thread

import _compat

_lock = _thread.allocate_lock()
_files = {}             # shim file name -> its namespace once run
_contexts = {}          # shim id -> Context, for the C shims' Python halves
_done = {}              # module name -> (module object, set of shim ids applied or claimed)
_watched = {}           # target module name -> [catalog entries]
_modules = {}           # restored module name -> catalog entry
_finding = set()        # (thread id, module name) while the real finders are asked
_warn = _compat._warn
_MISSING = object()
_message = _compat._message


# ---- declarations ------------------------------------------------------------------------

class Shim:
    """What @shim returns: the apply function, its declaration, and an optional hide."""

    def __init__(self, shim_id, apply, decl):
        self.id = shim_id
        self.apply = apply
        self.decl = decl
        self.hide_fn = None

    def hide(self, fn):
        """Decorator: how to delete the original, for simulated-removal mode."""
        self.hide_fn = fn
        return fn


def shim(shim_id, **decl):
    """Declare a shim (read at build time; see docs/design.md). Returns a Shim."""
    def register(fn):
        return Shim(shim_id, fn, decl)
    return register


class Context:
    """What a shim's apply function gets: warn about uses, restore only what is missing."""

    def __init__(self, entry):
        self.id = entry["id"]
        self.removed_in = entry["removed_in"]
        self.replacement = entry["replacement"]
        self.file = entry["file"]
        self._undo_steps = []      # how to take back what this shim set, newest last
        self._messages = {}        # (what, instead) -> warning text

    def warn(self, what, instead=None, stacklevel=1):
        """Warn about one use of a restored API and count it. The warning is attributed to
        the frame `stacklevel` levels above the caller of warn() (1: the caller's caller),
        skipping import machinery (launcher/warn.c)."""
        key = (what, instead)
        message = self._messages.get(key)
        if message is None:
            message = self._messages[key] = _message(self.id, what, instead)
        _warn(self.id, message, stacklevel + 1)

    def restore(self, obj, name, value):
        """Set obj.name = value unless obj already has it. Returns whether it did. A type
        that refuses new attributes (a C type: array.array, Element, ...) gets it in its
        namespace, so every instance has it (launcher/type_attr.c)."""
        if _has_own(obj, name):
            return False
        if isinstance(obj, type) and not _is_mutable_type(obj):
            type_setattr(obj, name, value)
            self._undo_steps.append(lambda: type_setattr(obj, name))
            return True
        setattr(obj, name, value)
        self._undo_steps.append(lambda: delattr(obj, name))
        return True

    def alias(self, module, name, getter, what=None, instead=None, cache=False):
        """Serve module.name through the module's __getattr__ (PEP 562), computing it with
        getter() and warning, only where the module has no such attribute. Every use warns,
        unless cache: then, as 3.7 to 3.9's collections did, the first use stores the value
        in the module and later ones are plain attribute reads."""
        if name in module.__dict__:
            return False
        table = _module_aliases(self, module)
        if name in table:
            return False
        what = what or "%s.%s" % (module.__name__, name)
        table[name] = (self.id, getter, _message(self.id, what, instead), cache)
        self._undo_steps.append(lambda: table.pop(name, None))
        return True

    def _undo(self):
        for step in reversed(self._undo_steps):
            try:
                step()
            except Exception:
                pass
        self._undo_steps.clear()


def type_setattr(cls, name, value=_MISSING):
    """Set (or, without value, delete) cls.name even where cls refuses attributes; for hide
    functions and restore()."""
    if value is _MISSING:
        _compat._type_setattr(cls, name)
    else:
        _compat._type_setattr(cls, name, value)


def export(module, name, after=None):
    """Add name to module.__all__ (a list, or a tuple on some releases) if missing: restored
    public names come back with `from module import *` too. With `after`, right behind that
    name (where the old release listed it); else at the end."""
    names = module.__dict__.get("__all__")
    if not isinstance(names, (list, tuple)) or name in names:
        return
    spot = names.index(after) + 1 if after in names else len(names)
    if isinstance(names, list):
        names.insert(spot, name)
    else:
        module.__all__ = names[:spot] + (name,) + names[spot:]


def unexport(module, name):
    """Take name out of module.__all__ (for hide functions)."""
    names = module.__dict__.get("__all__")
    if isinstance(names, list):
        if name in names:
            names.remove(name)
    elif isinstance(names, tuple) and name in names:
        module.__all__ = tuple(n for n in names if n != name)


def _is_mutable_type(cls):
    # Py_TPFLAGS_IMMUTABLETYPE (3.10+) or a static C type: setattr() would raise TypeError.
    flags = getattr(cls, "__flags__", 0)
    return not (flags & (1 << 8)) and bool(flags & (1 << 9))


def _has_own(obj, name):
    if isinstance(obj, type):
        return any(name in vars(klass) for klass in obj.__mro__)
    try:
        return name in object.__getattribute__(obj, "__dict__")
    except AttributeError:
        return hasattr(obj, name)


def _module_aliases(ctx, module):
    """The alias table behind a module __getattr__ installed by the engine (one per module,
    chained to the module's own __getattr__ if it had one)."""
    current = module.__dict__.get("__getattr__")
    table = getattr(current, "_pythonc_aliases", None)
    if table is not None:
        return table
    table = {}
    fallback = current
    modname = module.__name__
    module_dict = module.__dict__

    def __getattr__(name):
        entry = table.get(name)
        if entry is not None:
            shim_id, getter, message, cache = entry
            # (`from m import name` first probes with hasattr() in importlib's
            # _handle_fromlist, then fetches: _warn() skips the probe, so one use warns once,
            # as on the old releases.)
            value = getter()
            if _warn(shim_id, message, 1) and cache:
                module_dict[name] = value
            return value
        if fallback is not None:
            return fallback(name)
        raise AttributeError("module %r has no attribute %r" % (modname, name))

    __getattr__._pythonc_aliases = table
    module.__getattr__ = __getattr__
    return table


# ---- which shims apply ----------------------------------------------------------------------

def _watched_entries():
    """Catalog entries the engine must handle now, as dicts; entry["apply"] tells whether
    to restore (active) or only to hide the original (a simulated removal not restored at
    this compatibility version)."""
    return [{"id": i, "module": m, "file": f, "kind": k, "removed_in": r, "replacement": rep,
             "apply": apply, "simulated": sim}
            for i, m, f, k, r, rep, apply, sim in _compat._watched()]


def _namespace_of_file(name):
    """Run a shim file once (outside the lock) and return its namespace."""
    namespace = _files.get(name)
    if namespace is None:
        namespace = {"__name__": "_compat_shims." + name, "__builtins__": __builtins__}
        exec(_compat._code(name), namespace)
        with _lock:
            namespace = _files.setdefault(name, namespace)
    return namespace


def private_file(name):
    """The namespace of a frozen file that declares nothing (shims/_<name>.py), run once:
    code that shim files and restored modules load only when they need it."""
    return _namespace_of_file(name)


def _shims_of_file(name):
    """The {id: Shim} of a shim file."""
    return {v.id: v for v in _namespace_of_file(name).values() if isinstance(v, Shim)}


def _claim(name, module, ids):
    """Mark ids as applied to this module object; return those not applied before."""
    with _lock:
        record = _done.get(name)
        if record is None or record[0] is not module:
            record = (module, set())
            _done[name] = record
        fresh = [i for i in ids if i not in record[1]]
        record[1].update(fresh)
    return fresh


def _release(name, module, claim):
    """Forget a claim whose application failed, so that a later attempt may succeed."""
    with _lock:
        record = _done.get(name)
        if record is not None and record[0] is module:
            record[1].discard(claim)


def _apply(name, module):
    """Apply to `module` every watched shim of `name` not applied to it yet (hiding the
    original first where its removal is simulated, once)."""
    entries = _watched.get(name)
    if not entries:
        return
    wanted = []
    for e in entries:
        if e["simulated"]:
            wanted.append("hide:" + e["id"])
        if e["apply"]:
            wanted.append(e["id"])
    by_id = {e["id"]: e for e in entries}
    for claim in _claim(name, module, wanted):
        hide = claim.startswith("hide:")
        shim_id = claim[5:] if hide else claim
        if _compat._is_disabled(shim_id):
            continue
        ctx = Context(by_id[shim_id])
        try:
            the_shim = _shims_of_file(by_id[shim_id]["file"]).get(shim_id)
            if the_shim is None:
                raise RuntimeError("declared but not defined")
            if hide:
                if the_shim.hide_fn is None:
                    raise RuntimeError("no hide function: it cannot be simulated")
                the_shim.hide_fn(module)
            else:
                the_shim.apply(module, ctx)
        except BaseException as exc:
            ctx._undo()
            _release(name, module, claim)
            import warnings
            warnings.warn("pythonc: shim %s could not be %s %s: %r"
                          % (shim_id, "simulated on" if hide else "applied to", name, exc),
                          RuntimeWarning, stacklevel=2)


def _apply_before_running(module):
    """Under a simulated removal, a restored module stands for the running release's own,
    which still has what later releases removed from it (aifc.openfp on 3.8): apply those
    shims too, where the compatibility version wants them, though they are not active."""
    name = module.__name__
    compat = tuple(sys.get_python_compat_version()[:2])
    running = sys.version_info[:2]
    for entry in _compat.shims():
        removed = tuple(int(part) for part in entry["removed_in"].split(".")[:2])
        if entry["kind"] == "module" or not entry["restorable"] or entry["disabled"] \
                or not compat < removed or not running < removed \
                or name not in entry["module"].split(","):
            continue
        if not _claim(name, module, [entry["id"]]):
            continue
        ctx = Context(entry)
        try:
            _shims_of_file(entry["file"])[entry["id"]].apply(module, ctx)
        except BaseException as exc:
            ctx._undo()
            _release(name, module, entry["id"])
            import warnings
            warnings.warn("pythonc: shim %s could not be applied to %s: %r"
                          % (entry["id"], name, exc), RuntimeWarning, stacklevel=2)


# ---- the finder ---------------------------------------------------------------------------

class _PatchingLoader:
    """Wraps a real loader for one import: puts the real loader back in the spec and the
    module before the module runs, and applies the shims right after it ran."""

    def __init__(self, loader, name):
        self._loader = loader
        self._name = name

    def __getattr__(self, attr):
        return getattr(self._loader, attr)

    def create_module(self, spec):
        create = getattr(self._loader, "create_module", None)
        return create(spec) if create is not None else None

    def exec_module(self, module):
        spec = getattr(module, "__spec__", None)
        if spec is not None and spec.loader is self:
            spec.loader = self._loader
        if module.__dict__.get("__loader__") is self:
            module.__loader__ = self._loader
        self._loader.exec_module(module)
        _apply(self._name, sys.modules.get(self._name, module))


class _RestoredModuleLoader:
    """Loads a whole removed module (or package, or submodule of a restored package) from its
    frozen shim file."""

    def __init__(self, entry):
        self._entry = entry

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        ctx = Context(self._entry)
        module.__dict__["__shim__"] = None
        exec(_compat._code(self._entry["file"]), module.__dict__)
        if _import_warns(self._entry, module.__name__):
            ctx.warn("the %s %s" % (module.__name__,
                                    "package" if self._entry.get("package") else "module"),
                     stacklevel=1)
        # A restored module is the newest release that had it; removals from it before
        # that (cgi.escape, 3.8) are shims of their own, applied as to a module found.
        _apply(module.__name__, module)
        if self._entry["simulated"]:
            _apply_before_running(module)

    def is_package(self, fullname):
        return bool(self._entry.get("package"))

    def get_source(self, fullname):
        return None

    def get_code(self, fullname):
        """For runpy: `python -m <restored module>`."""
        return _compat._code(self._entry["file"])


def find_spec(name, path=None, target=None):
    """Called by the C finder for a watched name (see the module docstring)."""
    if name not in _watched and name not in _modules:
        return None
    key = (_thread.get_ident(), name)
    if key in _finding:
        return None
    entry = _modules.get(name)
    if entry is not None and "parent" in entry and not _is_restored(entry["parent"]):
        # A submodule of a package that was found for real: that package's own business.
        entry = None
    simulated = entry is not None and entry["simulated"]
    spec = None
    if not simulated:
        _finding.add(key)
        try:
            spec = _find_real(name, path, target)
        finally:
            _finding.discard(key)
    if spec is None:
        if entry is None:
            return None
        if not entry["apply"]:
            # A simulated removal at a version that does not restore it: absent, as on
            # the runtime that removed it.
            raise ModuleNotFoundError("No module named %r" % name, name=name)
        bootstrap = sys.modules["_frozen_importlib"]
        return bootstrap.ModuleSpec(name, _RestoredModuleLoader(entry),
                                    origin="pythonc shim " + entry["id"],
                                    is_package=bool(entry.get("package")))
    if name in _watched and spec.loader is not None \
            and hasattr(spec.loader, "exec_module") and _importing():
        spec.loader = _PatchingLoader(spec.loader, name)
    return spec


def _is_restored(name):
    """Whether sys.modules[name] is a module the engine restored."""
    spec = getattr(sys.modules.get(name), "__spec__", None)
    return isinstance(getattr(spec, "loader", None), _RestoredModuleLoader)


def _import_site():
    """The frame that runs the import statement (or import_module() call) now executing:
    the first one above the engine and importlib's bootstrap."""
    frame = sys._getframe(1)
    while frame is not None and (frame.f_code.co_filename.startswith("<frozen importlib")
                                 or frame.f_code.co_filename == _ENGINE_FILE):
        frame = frame.f_back
    return frame


_ENGINE_FILE = _import_site.__code__.co_filename
_package_sites = {}     # restored package -> (thread, code, offset) of the import that last warned


def _import_warns(entry, name):
    """Whether loading restored module `name` warns. A restored package warns when it is
    loaded; a submodule of one warns too, unless another restored module imports it, or the
    import statement that loads it already warned about the package or another of its
    submodules (`import pkg.sub`, `from pkg import a, b`): one statement, one warning."""
    package = entry.get("parent")
    if package is None and not entry.get("package"):
        return True
    site = _import_site()
    if package is not None and site is not None \
            and site.f_code.co_filename.startswith("<pythonc shims/"):
        return False
    # (The statement is told by its code object and instruction offset, not by its frame:
    # holding frames would keep their locals alive.)
    here = (_thread.get_ident(), None if site is None else site.f_code,
            -1 if site is None else site.f_lasti)
    if package is not None and _package_sites.get(package) == here:
        return False
    _package_sites[package or name] = here
    return True


def _importing():
    """True when the import system asks in order to import (or reload) the module; False
    when a caller of importlib.util.find_spec() or pkgutil only looks at the spec: it then
    sees the real loader. (Frames: 0 this, 1 find_spec, 2 importlib's _find_spec, possibly
    wrapped by other _find_spec functions (shims/importlib.py), then its caller.)"""
    try:
        frame = sys._getframe(2)
    except ValueError:
        return False
    while frame is not None and frame.f_code.co_name == "_find_spec":
        frame = frame.f_back
    return frame is not None and frame.f_code.co_name in ("_find_and_load_unlocked", "reload")


def _find_real(name, path, target):
    """Ask the rest of sys.meta_path, as the import system would."""
    for finder in list(sys.meta_path):
        if isinstance(finder, _compat.ShimFinder):
            continue
        find_spec = getattr(finder, "find_spec", None)
        if find_spec is None:
            continue
        spec = find_spec(name, path, target)
        if spec is not None:
            return spec
    return None


# ---- entry points called by _compat ---------------------------------------------------------

def _load_tables():
    """Recompute what is watched (the C finder holds the same names)."""
    watched, modules = {}, {}
    for entry in _watched_entries():
        if entry["kind"] == "module":
            # A whole-module shim may restore several modules, each from the file named
            # after it (dummy_threading and _dummy_thread). When the first is a package
            # (distutils), the others under it are its submodules (distutils.version, from
            # shims/distutils.version.py), served only under the restored package.
            targets = entry["module"].split(",")
            first = targets[0]
            for target in targets:
                if target == first:
                    package = any(t.startswith(first + ".") for t in targets)
                    modules[target] = dict(entry, package=True) if package else entry
                elif target.startswith(first + "."):
                    modules[target] = dict(entry, file=target, parent=first)
                else:
                    modules[target] = dict(entry, file=target)
        else:
            for target in entry["module"].split(","):
                watched.setdefault(target, []).append(entry)
    with _lock:
        _watched.clear()
        _watched.update(watched)
        _modules.clear()
        _modules.update(modules)


def _patch_imported():
    """Apply the shims due to modules already imported."""
    for name in list(_watched):
        module = sys.modules.get(name)
        if module is None:
            continue
        spec = getattr(module, "__spec__", None)
        if spec is not None and getattr(spec, "_initializing", False):
            # Another thread is executing it: wait for its import lock, then patch.
            try:
                __import__(name)
            except Exception:       # ImportError, or importlib's _DeadlockError
                continue
            module = sys.modules.get(name)
            if module is None:
                continue
        _apply(name, module)


def activate():
    """Just started (the tables are loaded): patch what is already imported."""
    _patch_imported()


def version_changed():
    """The version dropped again."""
    _load_tables()
    _patch_imported()


def native_handler(shim_id, function, *bound):
    """The Python half of a shim written in C, made once and kept by the C half: a callable
    that takes a call's own arguments and runs function(ctx, *bound, args, kwargs) from the
    shim's file."""
    ctx = _contexts.get(shim_id)
    if ctx is None:
        entry = next(e for e in _compat.shims() if e["id"] == shim_id)
        ctx = _contexts.setdefault(shim_id, Context(entry))
    fn = _namespace_of_file(ctx.file)[function]

    def handler(*args, **kwargs):
        return fn(ctx, *bound, args, kwargs)
    return handler


_load_tables()
