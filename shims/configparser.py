"""Shims for the configparser module, written from the documentation and from the observed
behaviour of 3.8 to 3.11.

- configparser-safeconfigparser (removed 3.12): SafeConfigParser, a subclass of
  ConfigParser whose construction warns (the class itself is served without a warning, as
  3.2 to 3.11 did).
- configparser-readfp (removed 3.12): RawConfigParser.readfp(fp, filename=None), which warns
  and then reads exactly as read_file(fp, source=filename).
- configparser-parsingerror-filename (removed 3.12): ParsingError(source=None, filename=None)
  (exactly one of them, by truth value; giving `filename` does not warn, as on 3.8) and
  the `filename` attribute, an alias of `source` that warns when read or set.
- configparser-legacyinterpolation (removed 3.13): LegacyInterpolation, the interpolation
  of old ConfigParser versions: up to MAX_INTERPOLATION_DEPTH rounds of value % section
  (each "%(name)s" key put through optionxform first), with the usual
  InterpolationMissingOptionError / InterpolationDepthError. 3.8 did not warn; the shim
  warns when one is made.
"""
from _compat_engine import export as _export, shim, unexport as _unexport



@shim("configparser-safeconfigparser", removed_in="3.12",
      replacement="configparser.ConfigParser", kind="alias")
def _safeconfigparser(configparser, ctx):
    base = configparser.ConfigParser

    class SafeConfigParser(base):
        """ConfigParser alias for backwards compatibility purposes."""

        def __init__(self, *args, **kwargs):
            ctx.warn("configparser.SafeConfigParser", stacklevel=1)
            super().__init__(*args, **kwargs)

    SafeConfigParser.__module__ = configparser.__name__
    if ctx.restore(configparser, "SafeConfigParser", SafeConfigParser):
        _export(configparser, "SafeConfigParser")


@_safeconfigparser.hide
def _hide_safeconfigparser(configparser):
    configparser.__dict__.pop("SafeConfigParser", None)
    _unexport(configparser, "SafeConfigParser")


@shim("configparser-readfp", removed_in="3.12",
      replacement="RawConfigParser.read_file()", kind="alias")
def _readfp(configparser, ctx):
    def readfp(self, fp, filename=None):
        """Deprecated, use read_file instead."""
        ctx.warn("RawConfigParser.readfp()", stacklevel=1)
        self.read_file(fp, source=filename)

    readfp.__qualname__ = "RawConfigParser.readfp"
    readfp.__module__ = configparser.__name__
    ctx.restore(configparser.RawConfigParser, "readfp", readfp)


@_readfp.hide
def _hide_readfp(configparser):
    if "readfp" in vars(configparser.RawConfigParser):
        del configparser.RawConfigParser.readfp


_BOTH = "Cannot specify both `filename' and `source'. Use `source'."
_NEITHER = "Required argument `source' not given."


def _bind_parsingerror(source=None, filename=None):
    return source, filename


_bind_parsingerror.__name__ = _bind_parsingerror.__qualname__ = "__init__"


@shim("configparser-parsingerror-filename", removed_in="3.12",
      replacement="ParsingError.source", kind="alias")
def _parsingerror_filename(configparser, ctx):
    ParsingError = configparser.ParsingError
    original = ParsingError.__dict__["__init__"]
    if getattr(original, "_pythonc_filename", False):
        return

    def __init__(self, *args, **kwargs):
        if len(args) > 2 and not kwargs:
            # the form 3.13's parser itself uses: ParsingError(source, lineno, line)
            return original(self, *args)
        source, filename = _bind_parsingerror(*args, **kwargs)
        if filename:
            if source:
                raise ValueError(_BOTH)
            source = filename
        elif not source:
            raise ValueError(_NEITHER)
        original(self, source)

    def _get_filename(self):
        ctx.warn("ParsingError.filename", instead="ParsingError.source", stacklevel=1)
        return self.source

    def _set_filename(self, value):
        ctx.warn("ParsingError.filename", instead="ParsingError.source", stacklevel=1)
        self.source = value

    __init__.__qualname__ = "ParsingError.__init__"
    __init__.__doc__ = original.__doc__
    __init__._pythonc_filename = True
    ParsingError.__init__ = __init__
    ctx.restore(ParsingError, "filename", property(_get_filename, _set_filename,
                                                   doc="Deprecated, use `source'."))


@_parsingerror_filename.hide
def _hide_parsingerror_filename(configparser):
    ParsingError = configparser.ParsingError
    original = ParsingError.__dict__["__init__"]

    def __init__(self, source, *args):
        original(self, source, *args)

    __init__.__qualname__ = "ParsingError.__init__"
    ParsingError.__init__ = __init__
    if "filename" in vars(ParsingError):
        del ParsingError.filename


_LEGACY_KEY = r"%\(([^)]*)\)s|."


@shim("configparser-legacyinterpolation", removed_in="3.13",
      replacement="BasicInterpolation / ExtendedInterpolation", kind="class")
def _legacyinterpolation(configparser, ctx):
    import functools
    import re
    Interpolation = configparser.Interpolation
    key_pattern = re.compile(_LEGACY_KEY)

    class LegacyInterpolation(Interpolation):
        """Deprecated interpolation used in old versions of ConfigParser.
    Use BasicInterpolation or ExtendedInterpolation instead."""

        _KEYCRE = key_pattern

        def __init__(self, *args, **kwargs):
            ctx.warn("configparser.LegacyInterpolation", stacklevel=1)
            super().__init__(*args, **kwargs)

        def before_get(self, parser, section, option, value, vars):
            # Up to MAX_INTERPOLATION_DEPTH rounds of "%"-formatting with the section's
            # values, each "%(name)s" key first put through parser.optionxform().
            rawval = value
            depth = configparser.MAX_INTERPOLATION_DEPTH
            while depth:
                depth -= 1
                if not (value and "%(" in value):
                    break
                replace = functools.partial(self._interpolation_replace, parser=parser)
                value = self._KEYCRE.sub(replace, value)
                try:
                    value = value % vars
                except KeyError as e:
                    raise configparser.InterpolationMissingOptionError(
                        option, section, rawval, e.args[0]) from None
            if value and "%(" in value:
                raise configparser.InterpolationDepthError(option, section, rawval)
            return value

        def before_set(self, parser, section, option, value):
            return value

        @staticmethod
        def _interpolation_replace(match, parser):
            key = match.group(1)
            if key is None:
                return match.group()
            return "%%(%s)s" % parser.optionxform(key)

    LegacyInterpolation.__module__ = configparser.__name__
    if ctx.restore(configparser, "LegacyInterpolation", LegacyInterpolation):
        _export(configparser, "LegacyInterpolation")


@_legacyinterpolation.hide
def _hide_legacyinterpolation(configparser):
    configparser.__dict__.pop("LegacyInterpolation", None)
    _unexport(configparser, "LegacyInterpolation")
