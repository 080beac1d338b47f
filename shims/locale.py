"""Shims for the locale module, written from the documentation and from the observed
behaviour of 3.8 to 3.12.

- locale-format (removed 3.12): locale.format(percent, value, grouping=False,
  monetary=False, *additional). It warns first (3.7 to 3.11 warned at every call), refuses
  a `percent` that is not exactly one %-specifier with 3.8's ValueError, and formats like
  format_string() does for that one specifier; `additional` values are formatted together
  with `value` (percent % ((value,) + additional)).
"""
from _compat_engine import export as _export, shim, unexport as _unexport


# One %-specifier and nothing else: optional (key), flags/width/precision/length, and the
# conversion character (3.8 accepted "%%" here too, and "%" then fails as it does there).
_ONE_SPEC = r"%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]"
_NOT_ONE = "format() must be given exactly one %%char format specifier, %s not valid"


@shim("locale-format", removed_in="3.12", replacement="locale.format_string()",
      kind="function")
def _format(locale, ctx):
    state = {}

    def format(percent, value, grouping=False, monetary=False, *additional):
        """Deprecated, use format_string instead."""
        ctx.warn("locale.format()", stacklevel=1)
        matcher = state.get("matcher")
        if matcher is None:
            import re
            matcher = state["matcher"] = re.compile(_ONE_SPEC).match
        if not isinstance(percent, (str, bytes)):
            raise TypeError("expected string or bytes-like object")
        match = matcher(percent)
        if not match or len(match.group()) != len(percent):
            raise ValueError(_NOT_ONE % repr(percent))
        single = getattr(locale, "_format", None)
        if single is not None:
            return single(percent, value, grouping, monetary, *additional)
        if additional:
            value = (value,) + tuple(additional)
        return locale.format_string(percent, value, grouping, monetary)

    format.__module__ = locale.__name__
    if ctx.restore(locale, "format", format):
        _export(locale, "format")


@_format.hide
def _hide_format(locale):
    locale.__dict__.pop("format", None)
    _unexport(locale, "format")


_LOCALE_VARIABLES = ("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")


def _default_locale_name(locale):
    """The name 3.8's resetlocale() set: getdefaultlocale()'s (language, encoding), found
    as documented (the first of LC_ALL, LC_CTYPE, LANG, LANGUAGE that is set, LANGUAGE
    being a colon-separated list; "C" when none is), put back together. Done here rather
    than through getdefaultlocale(), which warns on 3.11 and later."""
    import os
    name = "C"
    for variable in _LOCALE_VARIABLES:
        value = os.environ.get(variable)
        if value:
            name = value.split(":")[0] if variable == "LANGUAGE" else value
            break
    return locale._build_localename(locale._parse_localename(name))


@shim("locale-resetlocale", removed_in="3.13",
      replacement='locale.setlocale(locale.LC_ALL, "")', kind="function")
def _resetlocale(locale, ctx):
    all_categories = locale.LC_ALL

    def resetlocale(category=all_categories):
        """ Sets the locale for category to the default setting.

        The default setting is determined by calling
        getdefaultlocale(). category defaults to LC_ALL.

    """
        ctx.warn("locale.resetlocale()", stacklevel=1)
        locale.setlocale(category, _default_locale_name(locale))

    resetlocale.__module__ = locale.__name__
    if ctx.restore(locale, "resetlocale", resetlocale):
        _export(locale, "resetlocale")


@_resetlocale.hide
def _hide_resetlocale(locale):
    locale.__dict__.pop("resetlocale", None)
    _unexport(locale, "resetlocale")
