"""Shim case cgi-escape: cgi.escape(s, quote=None) (removed in 3.8).

Up to 3.7 it replaced &, < and > (in that order) with HTML entities, and also " when quote
was true; it never touched '. Every call warned (DeprecationWarning, attributed to the
caller). Non-str arguments failed the way str.replace() chains fail.
"""
# pythonc-oracle: 3.7
import cgi
import inspect
import os
import sys
import warnings


def here():
    """The caller's current line: the marker warning line numbers are measured against."""
    return sys._getframe(1).f_lineno


def report(label, caught, base):
    print(label, [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
                  for w in caught])


def attempt(function, *args, **kwargs):
    try:
        return repr(function(*args, **kwargs))
    except Exception as exc:
        return "%s: %s" % (type(exc).__name__, exc)


print("== escape(s)")
for text in ("", "plain", "<b>bold</b>", 'a & b < c > d "q" \'s\'', "&amp; already", "&&<<>>\"\"",
             "\u00e9t\u00e9 <\u2603>"):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here(); result = attempt(cgi.escape, text)
    report(result, caught, base)

print("== quote")
for quote in (None, False, True, 0, 1, "", "yes", [], [0]):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here()
        positional = attempt(cgi.escape, '<a href="x">\'</a>', quote)
        keyword = attempt(cgi.escape, '"', quote=quote)
    report("%r: %s %s" % (quote, positional, keyword), caught, base)

print("== other types")
for value in (b"<b>", bytearray(b"&"), None, 5, ["<"]):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here(); result = attempt(cgi.escape, value)
    report(result, caught, base)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(attempt(cgi.escape))
    print(attempt(cgi.escape, "a", True, 3))
    print(attempt(cgi.escape, "a", entities=True))

print("== in a template, as old code wrote it")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here()
    title = cgi.escape("Tom & Jerry's <show>")
    attribute = cgi.escape('say "hi"', True)
print('<h1 title="%s">%s</h1>' % (attribute, title))
report("warnings:", caught, base)

print("== module")
print(callable(cgi.escape), cgi.escape.__name__, cgi.escape.__module__, inspect.signature(cgi.escape))
print("in __all__:", "escape" in cgi.__all__, cgi.__all__[-1])
namespace = {}
exec("from cgi import *", namespace)
print("star import:", "escape" in namespace)
from cgi import escape
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(escape("<from-import>"), len(caught))
