"""Shims for the typing module.

- typing-namedtuple-field-types (removed in 3.9): the `_field_types` attribute of typing.NamedTuple
  classes, the same dict as the class's __annotations__ (field name -> type). Every class made by
  `class P(NamedTuple)` or `NamedTuple("P", ...)` gets it again; reading it warns.
- typing-io-re (removed in 3.13): the `typing.io` (IO, TextIO, BinaryIO) and `typing.re`
  (Pattern, Match) namespaces, also importable as modules (`from typing.io import TextIO`), as
  3.8 had them: classes named "typing.io" / "typing.re" with an __all__. Taking a name from them
  warns.
- typing-get-type-hints-optional (removed in 3.11): get_type_hints() of a function or method
  wraps the hint of every parameter whose default is None in Optional[...], as up to 3.10
  (`def f(x: int = None)` gives {'x': Optional[int]}). A call whose result that changes warns.
"""
from _compat_engine import shim


class _FieldTypes:
    """The `_field_types` of one NamedTuple class: its __annotations__, with a warning."""

    def __init__(self, ctx, owner):
        self._ctx = ctx
        self._owner = owner

    def __get__(self, instance, owner=None):
        self._ctx.warn("typing.NamedTuple._field_types", instead="__annotations__",
                       stacklevel=1)
        return self._owner.__annotations__


@shim("typing-namedtuple-field-types", removed_in="3.9",
      replacement="__annotations__ or typing.get_type_hints()", kind="alias")
def _field_types(typing, ctx):
    real_make = typing.__dict__.get("_make_nmtuple")
    if real_make is None or not callable(real_make):
        raise RuntimeError("this typing has no _make_nmtuple()")
    if getattr(real_make, "_pythonc_field_types", False):
        return

    def _make_nmtuple(*args, **kwargs):
        cls = real_make(*args, **kwargs)
        if isinstance(cls, type) and "_field_types" not in vars(cls):
            try:
                type.__setattr__(cls, "_field_types", _FieldTypes(ctx, cls))
            except (TypeError, AttributeError):
                pass
        return cls

    _make_nmtuple.__wrapped__ = real_make
    _make_nmtuple._pythonc_field_types = True
    typing._make_nmtuple = _make_nmtuple


@_field_types.hide
def _hide_field_types(typing):
    real_make = typing._make_nmtuple

    def _make_nmtuple(*args, **kwargs):
        cls = real_make(*args, **kwargs)
        if isinstance(cls, type) and "_field_types" in vars(cls):
            delattr(cls, "_field_types")
        return cls

    typing._make_nmtuple = _make_nmtuple


_NAMESPACES = (("io", ("IO", "TextIO", "BinaryIO")), ("re", ("Pattern", "Match")))


def _namespace(ctx, typing, short, names):
    full = "%s.%s" % (typing.__name__, short)

    class _Namespace(type):
        """Warns when a name is taken from a restored typing.io / typing.re."""

        def __getattribute__(cls, name):
            if name in names:
                ctx.warn("%s.%s" % (full, name), instead="typing.%s" % name, stacklevel=1)
            return type.__getattribute__(cls, name)

    body = {"__all__": list(names), "__module__": typing.__name__,
            "__doc__": "Wrapper namespace for %s." % ("IO generic classes" if short == "io"
                                                      else "re type aliases")}
    for name in names:
        body[name] = getattr(typing, name)
    namespace = _Namespace(full, (), body)
    namespace.__qualname__ = short
    return namespace


@shim("typing-io-re", removed_in="3.13",
      replacement="import IO/TextIO/BinaryIO/Pattern/Match directly from typing", kind="alias")
def _io_re(typing, ctx):
    import sys
    for short, names in _NAMESPACES:
        namespace = _namespace(ctx, typing, short, names)
        if ctx.restore(typing, short, namespace):
            sys.modules.setdefault(namespace.__name__, namespace)


@_io_re.hide
def _hide_io_re(typing):
    import sys
    for short, _names in _NAMESPACES:
        typing.__dict__.pop(short, None)
        sys.modules.pop("%s.%s" % (typing.__name__, short), None)


def _none_defaults(obj):
    """Names of the parameters of a function (or method) whose default is None, read from
    the object itself as 3.10 did (so not from a function it wraps)."""
    code = getattr(obj, "__code__", None)
    if code is None:
        return ()
    positional = code.co_varnames[:code.co_argcount]
    defaults = getattr(obj, "__defaults__", None) or ()
    names = [name for name, value in zip(positional[len(positional) - len(defaults):], defaults)
             if value is None]
    keyword = getattr(obj, "__kwdefaults__", None) or {}
    names.extend(name for name, value in keyword.items() if value is None)
    return names


@shim("typing-get-type-hints-optional", removed_in="3.11",
      replacement="an explicit Optional[...] (or X | None) hint where None is a valid value",
      kind="behaviour-change")
def _get_type_hints_optional(typing, ctx):
    current = typing.get_type_hints
    if getattr(current, "_pythonc_adds_optional", False):
        return
    optional = typing.Optional

    def get_type_hints(obj, globalns=None, localns=None, **options):
        hints = current(obj, globalns, localns, **options)
        if isinstance(obj, type):
            return hints
        changed = False
        for name in _none_defaults(obj):
            if name in hints:
                wrapped = optional[hints[name]]
                changed = changed or wrapped != hints[name]
                hints[name] = wrapped
        if changed:
            ctx.warn("typing.get_type_hints() adding Optional[...] for a None default",
                     stacklevel=1)
        return hints

    for attribute in ("__doc__", "__module__", "__name__", "__qualname__"):
        setattr(get_type_hints, attribute, getattr(current, attribute))
    get_type_hints.__wrapped__ = current
    get_type_hints._pythonc_adds_optional = True
    typing.get_type_hints = get_type_hints
    ctx._undo_steps.append(lambda: setattr(typing, "get_type_hints", current))


@_get_type_hints_optional.hide
def _hide_get_type_hints_optional(typing):
    current = typing.get_type_hints

    def get_type_hints(obj, globalns=None, localns=None, **options):
        # 3.11's result on an older typing: the hints of the None-defaulted parameters are
        # resolved again from an object that has their annotations but no defaults.
        hints = current(obj, globalns, localns, **options)
        raw = getattr(obj, "__annotations__", None) or {}
        names = [n for n in _none_defaults(obj) if n in hints and n in raw]
        if isinstance(obj, type) or not names:
            return hints
        if globalns is None:
            inner = obj
            while hasattr(inner, "__wrapped__"):
                inner = inner.__wrapped__
            globalns = getattr(inner, "__globals__", {})
        plain = type("plain", (), {})()
        plain.__annotations__ = {n: raw[n] for n in names}
        hints.update(current(plain, globalns, localns, **options))
        return hints

    get_type_hints.__name__ = current.__name__
    typing.get_type_hints = get_type_hints


# ---- TypedDict("TD", x=int) ------------------------------------------------------------------
# typing-typeddict-kwargs-syntax (removed 3.13): the keyword form of the functional syntax,
# TypedDict("TD", x=int, y=str), gives the fields as keyword arguments again (as 3.8 to 3.12,
# though 3.11 and 3.12 warned); "total" stays the keyword it is. Each use warns.

def _typeddict_wrapper(current, make):
    """A function standing in for typing.TypedDict: make(typename, fields, total, kwargs)
    does the work; the class gets the caller's module, as TypedDict() gives it."""
    import sys

    def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
        made = make(typename, fields, total, kwargs)
        module = sys._getframe(1).f_globals.get("__name__", "__main__")
        try:
            made.__module__ = module
        except (AttributeError, TypeError):
            pass
        return made

    TypedDict.__dict__.update(current.__dict__)
    for attribute in ("__doc__", "__module__", "__qualname__"):
        setattr(TypedDict, attribute, getattr(current, attribute))
    TypedDict.__wrapped__ = current
    return TypedDict


@shim("typeddict-kwargs-syntax", removed_in="3.13",
      replacement='TypedDict("TD", {"x": int, "y": str}) or the class syntax', kind="parameter")
def _typeddict_kwargs(typing, ctx):
    current = typing.TypedDict
    if isinstance(current, type):
        # 3.8, where TypedDict is a class that takes keywords itself: only take back a
        # simulated removal (the hide below).
        hidden = current.__dict__.get("__new__")
        original = getattr(getattr(hidden, "__func__", None), "_pythonc_original", None)
        if original is not None:
            type.__setattr__(current, "__new__", original)
        return
    if getattr(current, "_pythonc_kwargs", False):
        return

    def make(typename, fields, total, kwargs):
        if kwargs:
            if fields:
                raise TypeError("TypedDict takes either a dict or keyword arguments,"
                                " but not both")
            ctx.warn("TypedDict() with the fields as keyword arguments", stacklevel=2)
            fields = dict(kwargs)
        if fields is None:
            return current(typename, {}, total=total)
        return current(typename, fields, total=total)

    wrapper = _typeddict_wrapper(current, make)
    wrapper._pythonc_kwargs = True
    typing.TypedDict = wrapper


@_typeddict_kwargs.hide
def _hide_typeddict_kwargs(typing):
    current = typing.TypedDict
    if isinstance(current, type):
        # 3.8: TypedDict is a class whose __new__ (a staticmethod) makes the functional
        # form; refuse keywords there as 3.13 does, and keep the original for the shim.
        original = current.__dict__["__new__"]
        real_new = original.__func__

        def __new__(cls, *args, **kwargs):
            extra = [k for k in kwargs if k != "total"]
            if extra:
                raise TypeError("TypedDict() got an unexpected keyword argument %r"
                                % extra[0])
            return real_new(cls, *args, **kwargs)

        __new__._pythonc_original = original
        type.__setattr__(current, "__new__", staticmethod(__new__))
        return

    def make(typename, fields, total, kwargs):
        if kwargs:
            raise TypeError("TypedDict() got an unexpected keyword argument %r"
                            % next(iter(kwargs)))
        return current(typename, {} if fields is None else fields, total=total)

    typing.TypedDict = _typeddict_wrapper(current, make)
