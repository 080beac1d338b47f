"""Shims for the gettext module, written from the documentation and from the observed
behaviour of 3.8 to 3.10.

- gettext-l-functions (removed 3.11): the functions returning bytes. Module level:
  lgettext(), ldgettext(), lngettext(), ldngettext() and bind_textdomain_codeset();
  NullTranslations (and so GNUTranslations) lgettext(), lngettext(), output_charset() and
  set_output_charset(); NullTranslations.install() accepting "lgettext" and "lngettext"
  in names. A result is the translated text (or the message itself) encoded with the
  translation's output charset, or the domain's codeset, else
  locale.getpreferredencoding(). Each public call warns once, as 3.8 did; a translation
  that hands a message on to its fallback's lgettext()/lngettext() warns again there.
- gettext-codeset-param (removed 3.11): translation(..., codeset=) and
  install(domain, localedir=None, codeset=None, names=None). Giving codeset (even None)
  warns once for each catalog file found (none for a missing catalog); a true codeset
  becomes the output charset of the translations read from files (not of the
  NullTranslations given as fallback when no file is found).
"""
from _compat_engine import export as _export, shim, unexport as _unexport


_UNSPECIFIED = ["unspecified"]
_L_NAMES = ("lgettext", "ldgettext", "lngettext", "ldngettext", "bind_textdomain_codeset")
_L_METHODS = ("lgettext", "lngettext", "output_charset", "set_output_charset")
_MISSING = object()


def _encode(text, charset):
    if not charset:
        import locale
        charset = locale.getpreferredencoding()
    return text.encode(charset)


def _charset(translations):
    return getattr(translations, "_output_charset", None)


def _catalog_lookup(translations, key):
    catalog = getattr(translations, "_catalog", None)
    if catalog is None:
        return _MISSING
    return catalog.get(key, _MISSING)


def _l_single(translations, message, public):
    """lgettext() of one translations object; the fallback is asked through its public
    method (which warns) when `public`, else quietly."""
    text = _catalog_lookup(translations, message)
    if text is _MISSING:
        fallback = translations._fallback
        if fallback:
            if public or not hasattr(type(fallback), "_pythonc_l"):
                return fallback.lgettext(message)
            return _l_single(fallback, message, False)
        text = message
    return _encode(text, _charset(translations))


def _l_plural(translations, singular, plural, n, public):
    text = _MISSING
    if getattr(translations, "_catalog", None) is not None:
        text = _catalog_lookup(translations, (singular, translations.plural(n)))
    if text is _MISSING:
        fallback = translations._fallback
        if fallback:
            if public or not hasattr(type(fallback), "_pythonc_l"):
                return fallback.lngettext(singular, plural, n)
            return _l_plural(fallback, singular, plural, n, False)
        text = singular if n == 1 else plural
    return _encode(text, _charset(translations))


def _set_charset_of_chain(gettext, translations, codeset, domain, localedir, languages):
    """What 3.8 did with a true codeset: every translation read from a file gets it."""
    if not codeset or not gettext.find(domain, localedir, languages, all=True):
        return
    seen = set()
    while translations is not None and id(translations) not in seen:
        seen.add(id(translations))
        translations._output_charset = codeset
        translations = getattr(translations, "_fallback", None)


def _plain(function):
    return getattr(function, "_pythonc_original", function)


@shim("gettext-l-functions", removed_in="3.11", replacement="gettext() / ngettext() (str results)",
      kind="function")
def _l_functions(gettext, ctx):
    Null = gettext.NullTranslations
    if getattr(Null, "_pythonc_l", False):
        return

    def lgettext(self, message):
        ctx.warn("NullTranslations.lgettext()", instead="gettext()", stacklevel=1)
        return _l_single(self, message, True)

    def lngettext(self, msgid1, msgid2, n):
        ctx.warn("NullTranslations.lngettext()", instead="ngettext()", stacklevel=1)
        return _l_plural(self, msgid1, msgid2, n, True)

    def output_charset(self):
        ctx.warn("NullTranslations.output_charset()", instead="nothing", stacklevel=1)
        return _charset(self)

    def set_output_charset(self, charset):
        ctx.warn("NullTranslations.set_output_charset()", instead="nothing", stacklevel=1)
        self._output_charset = charset

    original_install = Null.install

    def install(self, names=None):
        original_install(self, names)
        if names:
            import builtins
            for name in ("lgettext", "lngettext"):
                if name in names:
                    builtins.__dict__[name] = getattr(self, name)

    for function in (lgettext, lngettext, output_charset, set_output_charset, install):
        function.__qualname__ = "NullTranslations." + function.__name__
        function.__module__ = gettext.__name__
    install.__doc__ = original_install.__doc__
    for function in (lgettext, lngettext, output_charset, set_output_charset):
        ctx.restore(Null, function.__name__, function)
    Null.install = install
    Null._pythonc_l = True

    ctx.restore(gettext, "_localecodesets", {})
    codesets = gettext._localecodesets

    def translation_for(domain):
        """3.8's ldgettext() translation: the domain's directory and codeset."""
        codeset = codesets.get(domain)
        localedir = gettext._localedirs.get(domain, None)
        try:
            translations = _plain(gettext.translation)(domain, localedir)
        except OSError:
            return None, codeset
        _set_charset_of_chain(gettext, translations, codeset, domain, localedir, None)
        return translations, codeset

    def single(domain, message):
        translations, codeset = translation_for(domain)
        if translations is None:
            return _encode(message, codeset)
        return _l_single(translations, message, False)

    def plural(domain, msgid1, msgid2, n):
        translations, codeset = translation_for(domain)
        if translations is None:
            return _encode(msgid1 if n == 1 else msgid2, codeset)
        return _l_plural(translations, msgid1, msgid2, n, False)

    def lgettext(message):
        ctx.warn("gettext.lgettext()", instead="gettext()", stacklevel=1)
        return single(gettext._current_domain, message)

    def ldgettext(domain, message):
        ctx.warn("gettext.ldgettext()", instead="dgettext()", stacklevel=1)
        return single(domain, message)

    def lngettext(msgid1, msgid2, n):
        ctx.warn("gettext.lngettext()", instead="ngettext()", stacklevel=1)
        return plural(gettext._current_domain, msgid1, msgid2, n)

    def ldngettext(domain, msgid1, msgid2, n):
        ctx.warn("gettext.ldngettext()", instead="dngettext()", stacklevel=1)
        return plural(domain, msgid1, msgid2, n)

    def bind_textdomain_codeset(domain, codeset=None):
        ctx.warn("gettext.bind_textdomain_codeset()", instead="nothing", stacklevel=1)
        if codeset is not None:
            codesets[domain] = codeset
        return codesets.get(domain)

    for function in (lgettext, ldgettext, lngettext, ldngettext, bind_textdomain_codeset):
        function.__module__ = gettext.__name__
        if ctx.restore(gettext, function.__name__, function):
            _export(gettext, function.__name__)


@_l_functions.hide
def _hide_l_functions(gettext):
    for name in _L_METHODS:
        for cls in (gettext.NullTranslations, gettext.GNUTranslations):
            if name in vars(cls):
                delattr(cls, name)
    for name in _L_NAMES:
        gettext.__dict__.pop(name, None)
        _unexport(gettext, name)
    gettext.__dict__.pop("_localecodesets", None)


@shim("gettext-codeset-param", removed_in="3.11", replacement="drop codeset", kind="parameter")
def _codeset_param(gettext, ctx):
    if getattr(gettext.translation, "_pythonc_codeset", False):
        return
    original_translation = _plain(gettext.translation)
    original_install = _plain(gettext.install)

    def translation(domain, localedir=None, languages=None, class_=None, fallback=False,
                    codeset=_UNSPECIFIED):
        if codeset is _UNSPECIFIED:
            return original_translation(domain, localedir, languages, class_, fallback)
        # 3.8 warned once for each catalog file it read with a codeset.
        for _ in gettext.find(domain, localedir, languages, all=True):
            ctx.warn("the codeset parameter of gettext.translation()", stacklevel=1)
        translations = original_translation(domain, localedir, languages, class_, fallback)
        _set_charset_of_chain(gettext, translations, codeset, domain, localedir, languages)
        return translations

    def install(domain, localedir=None, codeset=_UNSPECIFIED, names=None):
        if codeset is _UNSPECIFIED:
            # what install() does, without going through an older release's own install()
            # (which would hand its own codeset default to the wrapper above)
            original_translation(domain, localedir, fallback=True).install(names)
            return
        translation(domain, localedir, fallback=True, codeset=codeset).install(names)

    for wrapper, original in ((translation, original_translation), (install, original_install)):
        wrapper.__doc__ = original.__doc__
        wrapper.__module__ = original.__module__
        wrapper.__wrapped__ = original
        wrapper._pythonc_original = original
        wrapper._pythonc_codeset = True
        setattr(gettext, original.__name__, wrapper)


@_codeset_param.hide
def _hide_codeset_param(gettext):
    for name in ("translation", "install"):
        original = getattr(gettext, name)

        def refusing(*args, _original=original, _name=name, **kwargs):
            if "codeset" in kwargs or len(args) > (5 if _name == "translation" else 2):
                if "codeset" in kwargs:
                    raise TypeError("%s() got an unexpected keyword argument 'codeset'" % _name)
                raise TypeError("%s() takes too many positional arguments" % _name)
            return _original(*args, **kwargs)

        refusing.__name__ = refusing.__qualname__ = name
        refusing._pythonc_original = original
        setattr(gettext, name, refusing)
