"""Shims for the typing module.

- typing-namedtuple-field-types (removed in 3.9): the `_field_types` attribute of typing.NamedTuple
  classes, the same dict as the class's __annotations__ (field name -> type). Every class made by
  `class P(NamedTuple)` or `NamedTuple("P", ...)` gets it again; reading it warns.
- typing-io-re (removed in 3.13): the `typing.io` (IO, TextIO, BinaryIO) and `typing.re`
  (Pattern, Match) namespaces, also importable as modules (`from typing.io import TextIO`), as
  3.8 had them: classes named "typing.io" / "typing.re" with an __all__. Taking a name from them
  warns.
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
