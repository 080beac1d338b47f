"""Shims for the inspect module: getargspec() / ArgSpec and formatargspec() (gone in 3.11).

Both are rebuilt on what the running inspect still has (getfullargspec(), formatannotation()),
following the documented behaviour of 3.10: every call warns first, attributed to the caller;
getargspec() refuses callables with keyword-only parameters or annotations; formatargspec()
writes "name=default" with no spaces, even after an annotation.
"""
from _compat_engine import shim

_ARGSPEC_FIELDS = ("args", "varargs", "keywords", "defaults")
_NO_NEW_FEATURES = ("Function has keyword-only parameters or annotations, use "
                    "inspect.signature() API which can support them")


def _add_to_all(inspect, name):
    """A name restored into a module with __all__ (3.13+) also goes back into `import *`;
    3.10 had no __all__, so every public name was exported."""
    exported = inspect.__dict__.get("__all__")
    if isinstance(exported, list) and name not in exported:
        exported.append(name)


def _drop(inspect, names):
    for name in names:
        inspect.__dict__.pop(name, None)
        exported = inspect.__dict__.get("__all__")
        if isinstance(exported, list) and name in exported:
            exported.remove(name)


@shim("inspect-getargspec", removed_in="3.11",
      replacement="inspect.signature() or inspect.getfullargspec()", kind="function")
def _getargspec(inspect, ctx):
    from collections import namedtuple

    spec_type = inspect.__dict__.get("ArgSpec")
    if not (isinstance(spec_type, type) and issubclass(spec_type, tuple)
            and getattr(spec_type, "_fields", None) == _ARGSPEC_FIELDS):
        spec_type = namedtuple("ArgSpec", _ARGSPEC_FIELDS, module=inspect.__name__)
    full_spec = inspect.getfullargspec

    def getargspec(func):
        """The parameters of func as ArgSpec(args, varargs, keywords, defaults).

        args are the positional parameter names, varargs and keywords the names of the * and
        ** parameters (or None), defaults the values of the last positional parameters that
        have one (or None). Raises ValueError when the function has keyword-only parameters
        or annotations: use inspect.signature() for those.
        """
        ctx.warn("inspect.getargspec()", stacklevel=1)
        full = full_spec(func)
        if full.kwonlyargs or full.annotations:
            raise ValueError(_NO_NEW_FEATURES)
        return spec_type(full.args, full.varargs, full.varkw, full.defaults)

    getargspec.__module__ = inspect.__name__
    getargspec.__qualname__ = "getargspec"
    if ctx.restore(inspect, "ArgSpec", spec_type):
        _add_to_all(inspect, "ArgSpec")
    if ctx.restore(inspect, "getargspec", getargspec):
        _add_to_all(inspect, "getargspec")


@_getargspec.hide
def _hide_getargspec(inspect):
    _drop(inspect, ("getargspec", "ArgSpec"))


# formatargspec()'s default formatters.
_star = lambda name: "*" + name                 # noqa: E731
_double_star = lambda name: "**" + name         # noqa: E731
_equals_repr = lambda value: "=" + repr(value)  # noqa: E731
_arrow = lambda text: " -> " + text             # noqa: E731


@shim("inspect-formatargspec", removed_in="3.11", replacement="str(inspect.signature(func))",
      kind="function")
def _formatargspec(inspect, ctx):

    def formatargspec(args, varargs=None, varkw=None, defaults=None, kwonlyargs=(),
                      kwonlydefaults={}, annotations={}, formatarg=str,
                      formatvarargs=_star, formatvarkw=_double_star,
                      formatvalue=_equals_repr, formatreturns=_arrow,
                      formatannotation=inspect.formatannotation):
        """Format an argument spec (the values getfullargspec() returns) as "(a, b=1, *c)".

        The format* arguments turn each name, *name, **name, default value, annotation and
        return annotation into text. Defaults are written "name=value" without spaces, also
        after an annotation ("b: int=2"), unlike str(inspect.signature(func)).
        """
        ctx.warn("inspect.formatargspec()", stacklevel=1)

        def named(name):
            text = formatarg(name)
            if name in annotations:
                text += ": " + formatannotation(annotations[name])
            return text

        parts = []
        # The defaults belong to the last positional parameters.
        offset = len(args) - len(defaults) if defaults else None
        for position, name in enumerate(args):
            text = named(name)
            if offset is not None and position >= offset:
                text += formatvalue(defaults[position - offset])
            parts.append(text)
        if varargs is None:
            if kwonlyargs:
                parts.append("*")           # a bare star before keyword-only parameters
        else:
            parts.append(formatvarargs(named(varargs)))
        for name in kwonlyargs or ():
            text = named(name)
            if kwonlydefaults and name in kwonlydefaults:
                text += formatvalue(kwonlydefaults[name])
            parts.append(text)
        with_varkw = varkw is not None
        if with_varkw:
            parts.append(formatvarkw(named(varkw)))
        text = "(%s)" % ", ".join(parts)
        if "return" in annotations:
            text += formatreturns(formatannotation(annotations["return"]))
        return text

    formatargspec.__module__ = inspect.__name__
    formatargspec.__qualname__ = "formatargspec"
    if ctx.restore(inspect, "formatargspec", formatargspec):
        _add_to_all(inspect, "formatargspec")


@_formatargspec.hide
def _hide_formatargspec(inspect):
    _drop(inspect, ("formatargspec",))


# Signature.from_function() / from_builtin() (deprecated since 3.5, gone in 3.11).  Observed
# on 3.8-3.10: both warn first, then check the kind of callable (TypeError "<repr> is not a
# Python function" / "... not a Python builtin function"), and build the signature straight
# from the object: from_function() reads the code object, so it ignores __signature__ and
# __wrapped__ and keeps `self` of a bound method; from_builtin() reads __text_signature__
# (ValueError "no signature found for builtin <repr>" without one).  Called on a subclass,
# they return an instance of that subclass.

def _is_builtin_like(obj):
    import types
    import functools
    kinds = tuple(kind for kind in (
        types.BuiltinFunctionType, getattr(types, "WrapperDescriptorType", None),
        getattr(types, "MethodWrapperType", None), getattr(types, "MethodDescriptorType", None),
        getattr(types, "ClassMethodDescriptorType", None)) if isinstance(kind, type))
    if isinstance(obj, kinds):
        return True
    # (3.14 made functools.partial a descriptor; 3.8-3.10 did not count it as a builtin.)
    if isinstance(obj, (type, functools.partial)):
        return False
    kind = type(obj)
    return (hasattr(kind, "__get__") and not hasattr(kind, "__set__")
            and not isinstance(obj, (types.FunctionType, types.MethodType)))


def _is_function_like(obj):
    import types
    if isinstance(obj, types.FunctionType):
        return True
    if not callable(obj) or isinstance(obj, type):
        return False
    return (isinstance(getattr(obj, "__name__", None), str)
            and isinstance(getattr(obj, "__code__", None), types.CodeType)
            and isinstance(getattr(obj, "__defaults__", None), (tuple, type(None)))
            and isinstance(getattr(obj, "__kwdefaults__", None), (dict, type(None)))
            and isinstance(getattr(obj, "__annotations__", None), (dict, type(None))))


@shim("inspect-signature-from-function", removed_in="3.11",
      replacement="Signature.from_callable()", kind="method")
def _signature_from(inspect, ctx):
    Signature = inspect.Signature

    def from_function(cls, func):
        """The Signature of a Python function (or function-like object), from its code."""
        ctx.warn("inspect.Signature.from_function()", stacklevel=1)
        if not _is_function_like(func):
            raise TypeError("{!r} is not a Python function".format(func))
        build = getattr(inspect, "_signature_from_function", None)
        if build is not None:
            return build(cls, func)
        return cls.from_callable(getattr(func, "__func__", func), follow_wrapped=False)

    def from_builtin(cls, func):
        """The Signature of a builtin function or method, from its __text_signature__."""
        ctx.warn("inspect.Signature.from_builtin()", stacklevel=1)
        if not _is_builtin_like(func):
            raise TypeError("{!r} is not a Python builtin function".format(func))
        build = getattr(inspect, "_signature_from_builtin", None)
        if build is not None:
            return build(cls, func)
        if not getattr(func, "__text_signature__", None):
            raise ValueError("no signature found for builtin {!r}".format(func))
        return cls.from_callable(func)

    for function in (from_function, from_builtin):
        function.__module__ = inspect.__name__
        function.__qualname__ = "Signature." + function.__name__
        ctx.restore(Signature, function.__name__, classmethod(function))


@_signature_from.hide
def _hide_signature_from(inspect):
    for name in ("from_function", "from_builtin"):
        if name in inspect.Signature.__dict__:
            delattr(inspect.Signature, name)
