"""Shim case cgi-parse-qs: cgi.parse_qs() / cgi.parse_qsl() (removed in 3.8).

Up to 3.7 they were deprecated forwarders to urllib.parse.parse_qs() / parse_qsl() taking
(qs, keep_blank_values=0, strict_parsing=0): every call warned (DeprecationWarning,
attributed to the caller) and returned what urllib.parse returned, errors included.
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


QUERIES = ("", "a=1", "a=1&b=2&a=3", "a=1;b=2", "a=&b", "=x&y=", "a=%20+b&c=%e2%98%83&d=%ff",
           "&&a=1&&", b"k=v&k=w", b"x=%41")

for function in (cgi.parse_qs, cgi.parse_qsl):
    name = function.__name__
    print("==", name)
    for query in QUERIES:
        for flags in ((), (1,), (0, 1), (True, True)):
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                base = here(); result = attempt(function, query, *flags)
            report("%s%r: %s" % (query, flags, result), caught, base)
    print("-- keywords and bad arguments")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here()
        print(attempt(function, "a=&b=2", keep_blank_values=True))
        print(attempt(function, "a=1&b", strict_parsing=1))
        print(attempt(function, None))
        print(attempt(function, 5))
        print(attempt(function))
        print(attempt(function, "a=1", 0, 0, 0))
        print(attempt(function, "a=1", max_num_fields=3))
    report("warnings:", caught, base)

print("== as old code wrote it")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here()
    form = cgi.parse_qs("name=Ada&lang=py&lang=c")
    pairs = cgi.parse_qsl("q=search+terms&page=2")
print(form["name"][0], form["lang"], dict(pairs))
report("warnings:", caught, base)

print("== module")
for function in (cgi.parse_qs, cgi.parse_qsl):
    print(function.__name__, function.__module__, inspect.signature(function))
print("in __all__:", [(name, cgi.__all__.index(name) - cgi.__all__.index("parse"))
                      for name in ("parse_qs", "parse_qsl")])
namespace = {}
exec("from cgi import *", namespace)
print("star import:", "parse_qs" in namespace, "parse_qsl" in namespace)
from cgi import parse_qs, parse_qsl
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(parse_qs("x=1"), parse_qsl("y=2"), len(caught))
