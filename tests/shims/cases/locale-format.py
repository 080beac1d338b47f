"""Shim case locale-format: locale.format() (removed in 3.12).

3.7-3.11: every call warns (DeprecationWarning, attributed to the caller) before anything
else; `percent` must be exactly one %-specifier (else ValueError naming it); then the value
is formatted as format_string() would for that specifier, with grouping and monetary, in
the C locale here (no grouping characters) and in a locale-independent way.
"""
import locale
import sys
import warnings


def here():
    return sys._getframe(1).f_lineno


def where(caught, base):
    return [(issubclass(w.category, DeprecationWarning), w.lineno - base) for w in caught]


locale.setlocale(locale.LC_ALL, "C")
print(callable(getattr(locale, "format", None)), "format" in locale.__all__)

CALLS = [
    ("%d", 1234567), ("%.2f", 1234.5, True), ("%d", 1234567, True), ("%s", "x"),
    ("%d %d", (1, 2)), ("a%d", 1), ("%d ", 1), ("%%", 1), ("%5.1f", 3.14159),
    ("%(x)d", {"x": 1}), ("%f", 1.0, False, True), ("%i", 3), ("%r", "x"),
    ("%*d", (3, 5)), ("%-5d", 3), ("%c", 65), ("%e", 1.5), ("%d\n", 1), ("%.2f", (1.0,)),
    ("%x", 255), ("%08.3f", -2.5), ("%+d", 7), ("%g", 1e20, True), ("%.1f%%", 2.0),
    ("%.2f", 1.5, False, False, 3), ("%*d", 3, False, False, 5), ("", 1), ("%", 1), ("%5", 1),
    ("%ld", 4), ("%(a)s", {"a": "b"}), ("%u", 9),
]
for args in CALLS:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here()
        try:
            result = repr(locale.format(*args))
        except (TypeError, ValueError) as exc:
            result = "%s: %s" % (type(exc).__name__, exc)
    print(args, "->", result, where(caught, base + 1))

print("== keywords")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here()
    print(locale.format("%d", 12, grouping=True, monetary=False))
    print(locale.format(percent="%.3f", value=0.5))
    print(locale.format("%d", value=3, grouping=True))
print(where(caught, base))
