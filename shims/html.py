"""Shims for html.parser: HTMLParser.unescape() (removed in 3.9).

The method was a deprecated wrapper of html.unescape() since 3.4: each call warns, attributed
to the caller, then returns html.unescape(s) (same result, same TypeError for bytes).
"""
from _compat_engine import shim


@shim("htmlparser-unescape", target="html.parser", removed_in="3.9",
      replacement="html.unescape()", kind="method")
def _unescape(parser_module, ctx):
    import sys
    html = sys.modules.get("html") or __import__("html")

    def unescape(self, s):
        ctx.warn("html.parser.HTMLParser.unescape()", instead="html.unescape()",
                 stacklevel=1)
        return html.unescape(s)

    unescape.__module__ = parser_module.__name__
    unescape.__qualname__ = "HTMLParser.unescape"
    ctx.restore(parser_module.HTMLParser, "unescape", unescape)


@_unescape.hide
def _hide_unescape(parser_module):
    if "unescape" in vars(parser_module.HTMLParser):
        delattr(parser_module.HTMLParser, "unescape")
