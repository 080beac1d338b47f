"""Shim case json-loads-encoding: json.loads(encoding=...) (removed in 3.9).

3.1-3.8 accepted and ignored the keyword; 3.8 warned (DeprecationWarning, attributed to the
caller of loads(), which for json.load() is inside the json package).  A bad input type is
reported before the warning.
"""
import io
import json
import os
import sys
import warnings


def here():
    """The caller's current line: the marker warning line numbers are measured against."""
    return sys._getframe(1).f_lineno


def report(label, caught, base):
    print(label, [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
                  for w in caught])


class Decoder(json.JSONDecoder):
    def __init__(self, **kw):
        kw["object_hook"] = lambda d: sorted(d.items())
        json.JSONDecoder.__init__(self, **kw)


CALLS = [
    ('{"a": 1, "b": [1, 2.5, null]}', {"encoding": "utf-8"}),
    (b'{"a": "\xc3\xa9"}', {"encoding": "latin-1"}),
    (bytearray(b'[1, 2]'), {"encoding": "ascii"}),
    ('"x"', {"encoding": None}),
    ('[1]', {"encoding": "no-such-codec"}),
    ('{"b": 1, "a": 2}', {"encoding": "utf-8", "object_pairs_hook": lambda pairs: ("pairs", pairs)}),
    ('{"x": 1, "y": 2}', {"encoding": "utf-8", "cls": Decoder}),
    ('[1.5]', {"encoding": "utf-8", "parse_float": str}),
    ('{"a": 1}', {}),
    ('not json', {"encoding": "utf-8"}),
    (5, {"encoding": "utf-8"}),
]
for text, kwargs in CALLS:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            base = here(); result = repr(json.loads(text, **kwargs))
        except Exception as exc:
            result = "%s: %s" % (type(exc).__name__, exc)
    report("%r %r -> %s" % (text, sorted(kwargs), result), caught, base)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        json.loads('[1]', "utf-8")
    except TypeError:
        print("positional encoding: TypeError")
print("warned:", len(caught))

print("== json.load passes it through")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(json.load(io.StringIO('{"k": [true, false]}'), encoding="utf-8"))
print([(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename)) for w in caught])
