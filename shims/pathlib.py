"""Shims for the pathlib module, written from the documented and observed behaviour of the
releases that had them.

- purepath-class-getitem (removed 3.11): PurePath[...] (and Path[...], PurePosixPath[...]...)
  as 3.9 and 3.10 had it: the subscription gives the class itself back.
- pathlib-link-to (removed 3.12): Path.link_to(target) makes target a hard link to this
  path (os.link(self, target): note the order, the reverse of hardlink_to()); returns None.
- pathlib-path-context-manager (removed 3.13): `with Path(...) as p:` binds the path itself
  and does nothing on exit (3.9 to 3.12's behaviour; 3.8 also marked the object closed, which
  is not restored).
- pathlib-path-extra-kwargs (removed 3.14): Path(...), PosixPath(...) and subclasses ignore
  keyword arguments (the pure classes never accepted them).
- purepath-relative-to-extra-args (removed 3.14): relative_to(*other) and is_relative_to(*other)
  join several arguments into one path first.
Each use warns (the context manager at __enter__).
"""
from _compat_engine import shim

_CO_VARARGS = 0x04
_CO_VARKEYWORDS = 0x08


def _flags(function):
    code = getattr(function, "__code__", None)
    return None if code is None else code.co_flags


def _dress(wrapper, running, original=True):
    wrapper.__module__ = running.__module__
    wrapper.__qualname__ = running.__qualname__
    wrapper.__doc__ = running.__doc__
    if original:
        wrapper._pythonc_original = running
    return wrapper


@shim("purepath-class-getitem", removed_in="3.11", replacement="nothing (added by mistake)",
      kind="method")
def _class_getitem(pathlib, ctx):

    def __class_getitem__(cls, item):
        ctx.warn("pathlib.%s[...]" % cls.__name__,
                 instead="the class itself (the subscription was added by mistake)",
                 stacklevel=1)
        return cls

    __class_getitem__.__qualname__ = "PurePath.__class_getitem__"
    __class_getitem__.__module__ = pathlib.__name__
    ctx.restore(pathlib.PurePath, "__class_getitem__", classmethod(__class_getitem__))


@_class_getitem.hide
def _hide_class_getitem(pathlib):
    if "__class_getitem__" in vars(pathlib.PurePath):
        del pathlib.PurePath.__class_getitem__


@shim("pathlib-link-to", removed_in="3.12",
      replacement="Path.hardlink_to() (note the reversed argument order)", kind="method")
def _link_to(pathlib, ctx):
    import os

    def link_to(self, target):
        """Create a hard link named `target` to the file at this path (os.link order)."""
        ctx.warn("pathlib.Path.link_to()", instead="Path(target).hardlink_to(path)",
                 stacklevel=1)
        os.link(self, target)

    link_to.__qualname__ = "Path.link_to"
    link_to.__module__ = pathlib.__name__
    ctx.restore(pathlib.Path, "link_to", link_to)


@_link_to.hide
def _hide_link_to(pathlib):
    if "link_to" in vars(pathlib.Path):
        del pathlib.Path.link_to


@shim("pathlib-path-context-manager", removed_in="3.13",
      replacement="nothing: do not use Path objects as context managers", kind="method")
def _context_manager(pathlib, ctx):

    def __enter__(self):
        ctx.warn("with pathlib.Path(...)", instead="the path directly, without `with`",
                 stacklevel=1)
        return self

    def __exit__(self, t, v, tb):
        pass

    for method in (__enter__, __exit__):
        method.__qualname__ = "Path." + method.__name__
        method.__module__ = pathlib.__name__
    if ctx.restore(pathlib.Path, "__enter__", __enter__):
        ctx.restore(pathlib.Path, "__exit__", __exit__)


@_context_manager.hide
def _hide_context_manager(pathlib):
    for name in ("__enter__", "__exit__"):
        if name in vars(pathlib.Path):
            delattr(pathlib.Path, name)


@shim("pathlib-path-extra-kwargs", removed_in="3.14", replacement="drop the keywords",
      kind="parameter")
def _extra_kwargs(pathlib, ctx):
    Path = pathlib.Path
    running = Path.__init__
    flags = _flags(running)
    if flags is None or flags & _CO_VARKEYWORDS or hasattr(running, "_pythonc_original"):
        return          # the running Path still takes (or ignores) keyword arguments

    def __init__(self, *args, **kwargs):
        if kwargs:
            ctx.warn("keyword arguments to pathlib.Path()",
                     instead="pathlib.Path() without keyword arguments", stacklevel=1)
        running(self, *args)

    Path.__init__ = _dress(__init__, running)
    __init__.__qualname__ = "Path.__init__"


@_extra_kwargs.hide
def _hide_extra_kwargs(pathlib):
    Path = pathlib.Path
    original = vars(Path).get("__init__")

    if original is None:
        # 3.8 to 3.11: Path.__new__ dropped them and object.__init__ ran.
        def __init__(self, *args):
            pass
    else:
        # 3.12, 3.13: Path.__init__ warned about them.
        def __init__(self, *args):
            original(self, *args)

    __init__.__qualname__ = "Path.__init__"
    Path.__init__ = __init__


def _joining(ctx, pathlib, running, name):
    """running(self, other, ...) wrapped to take several others and join them first."""

    def method(self, *other, **kwargs):
        if len(other) > 1:
            ctx.warn("several arguments to pathlib.PurePath.%s()" % name,
                     instead="one joined path: p.%s(PurePath(a, b))" % name, stacklevel=1)
            make = getattr(self, "with_segments", None)
            if make is None:
                make = type(self)
            other = (make(*other),)
        return running(self, *other, **kwargs)

    return _dress(method, running)


@shim("purepath-relative-to-extra-args", removed_in="3.14",
      replacement="join first: p.relative_to(PurePath(a, b))", kind="parameter")
def _relative_to_args(pathlib, ctx):
    PurePath = pathlib.PurePath
    for name in ("relative_to", "is_relative_to"):
        running = vars(PurePath).get(name)
        flags = _flags(running)
        if flags is None or flags & _CO_VARARGS or hasattr(running, "_pythonc_original"):
            continue    # missing (3.8 had no is_relative_to), or still takes them
        setattr(PurePath, name, _joining(ctx, pathlib, running, name))


@_relative_to_args.hide
def _hide_relative_to_args(pathlib):
    PurePath = pathlib.PurePath
    for name in ("relative_to", "is_relative_to"):
        original = vars(PurePath).get(name)
        if original is not None:
            setattr(PurePath, name, _dress(_one_other(original), original, original=False))


def _one_other(original):
    def method(self, other, /, **kwargs):
        return original(self, other, **kwargs)
    return method


# ---- glob("**") ------------------------------------------------------------------------------
# pathlib-glob-doublestar-files (removed 3.13): Path.glob() and Path.rglob() with a pattern
# whose last part is "**" give directories only, as up to 3.12 (3.13 added the files below
# them). The pattern is read as the same one with a "/" after it, which 3.13 documents as
# directories only; each call whose result that changes warns.

def _ends_in_doublestar(path, pattern):
    """The pattern as text when its last part is "**", else None."""
    fspath = getattr(pattern, "__fspath__", None)
    text = pattern if isinstance(pattern, str) else fspath() if fspath is not None else None
    if not isinstance(text, str):
        return None
    separators = {"/", getattr(getattr(path, "parser", None), "sep", "/")}
    if text == "**" or any(text.endswith(sep + "**") for sep in separators):
        return text
    return None


@shim("pathlib-glob-doublestar-files", removed_in="3.13",
      replacement='"**/*" for files and directories, "**/" for directories only',
      kind="behaviour-change")
def _doublestar_dirs(pathlib, ctx):
    Path = pathlib.Path
    for name in ("glob", "rglob"):
        running = getattr(Path, name)
        if getattr(running, "_pythonc_dirs_only", False):
            continue

        def method(self, pattern, *args, _running=running, _name=name, **kwargs):
            text = _ends_in_doublestar(self, pattern)
            if text is not None:
                ctx.warn('pathlib.Path.%s() of a pattern ending in "**" giving directories '
                         "only" % _name, stacklevel=1)
                pattern = text + "/"
            return _running(self, pattern, *args, **kwargs)

        _dress(method, running)
        method.__name__ = name
        method._pythonc_dirs_only = True
        setattr(Path, name, method)


@_doublestar_dirs.hide
def _hide_doublestar_dirs(pathlib):
    # 3.13's result on an older pathlib: every directory found, and the entries in it that
    # are not directories themselves (files, and symlinks, which "**" does not follow).
    Path = pathlib.Path
    for name in ("glob", "rglob"):
        running = getattr(Path, name)

        def method(self, pattern, *args, _running=running, **kwargs):
            found = _running(self, pattern, *args, **kwargs)
            if _ends_in_doublestar(self, pattern) is None:
                return found
            return _with_files(found)

        _dress(method, running, original=False)
        method.__name__ = name
        setattr(Path, name, method)


def _with_files(directories):
    seen = set()
    for directory in directories:
        for path in [directory] + sorted(directory.iterdir()):
            if path is not directory and path.is_dir() and not path.is_symlink():
                continue
            if path not in seen:
                seen.add(path)
                yield path
