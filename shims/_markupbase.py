"""Shims for _markupbase, the base class html.parser.HTMLParser shares its declaration
scanning with.

- markupbase-parserbase-error (removed in 3.10): ParserBase.error(message).  Up to 3.9 the
  scanning methods reported malformed markup (an unknown marked-section keyword, a bad name
  in a DOCTYPE's internal subset, ...) by calling self.error(message), which a subclass was
  to override; the base method raised NotImplementedError.  3.10 raises AssertionError(message)
  in place of the call.  Restored: the method (each direct call warns), and the scanning
  methods hand such an AssertionError to self.error() again, so a subclass's error() sees
  the message and whatever it raises propagates (that hand-over warns when it reaches an
  error() of the program's own).  An error() that returns makes the AssertionError go on.
"""
from _compat_engine import shim

_SCANNERS = ("parse_declaration", "parse_marked_section", "parse_comment",
             "_parse_doctype_subset", "_parse_doctype_element", "_parse_doctype_attlist",
             "_parse_doctype_notation", "_parse_doctype_entity", "_scan_name")
_MUST_OVERRIDE = "subclasses of ParserBase must override error()"


@shim("markupbase-parserbase-error", removed_in="3.10",
      replacement="raise the exception directly in the subclass", kind="method")
def _error(markupbase, ctx):
    ParserBase = markupbase.ParserBase
    if getattr(ParserBase, "_pythonc_error", False):
        return

    def error(self, message):
        ctx.warn("_markupbase.ParserBase.error()", stacklevel=1)
        raise NotImplementedError(_MUST_OVERRIDE)

    error.__qualname__ = "ParserBase.error"
    error.__module__ = markupbase.__name__
    if not ctx.restore(ParserBase, "error", error):
        return      # the running release still reports through error() itself

    def route(name, scanner):
        def method(self, *args, **kwargs):
            try:
                return scanner(self, *args, **kwargs)
            except AssertionError as exc:
                if getattr(exc, "_pythonc_routed", False):
                    raise
                exc._pythonc_routed = True
                handler = getattr(self, "error")
                if getattr(handler, "__func__", None) is not error:
                    ctx.warn("reporting markup errors through ParserBase.error()",
                             stacklevel=1)
                handler(*exc.args[:1] or ("",))
                raise

        method.__name__ = name
        method.__qualname__ = "ParserBase." + name
        method.__module__ = markupbase.__name__
        method.__doc__ = scanner.__doc__
        method.__wrapped__ = scanner
        return method

    for name in _SCANNERS:
        scanner = ParserBase.__dict__.get(name)
        if callable(scanner):
            setattr(ParserBase, name, route(name, scanner))
    ParserBase._pythonc_error = True


@_error.hide
def _hide_error(markupbase):
    """Make an older _markupbase raise AssertionError where 3.10 does: its scanners call
    self.error(); without the method that call fails, and the message becomes the
    AssertionError 3.10 raises."""
    ParserBase = markupbase.ParserBase
    if "error" not in vars(ParserBase):
        return
    del ParserBase.error

    def hidden(name, scanner):
        def method(self, *args, **kwargs):
            saved = self.__dict__.get("error")
            self.__dict__["error"] = _raise_assertion
            try:
                return scanner(self, *args, **kwargs)
            finally:
                if saved is None:
                    self.__dict__.pop("error", None)
                else:
                    self.__dict__["error"] = saved
        method.__name__ = name
        return method

    for name in _SCANNERS:
        scanner = ParserBase.__dict__.get(name)
        if callable(scanner):
            setattr(ParserBase, name, hidden(name, scanner))


def _raise_assertion(message):
    raise AssertionError(message)
