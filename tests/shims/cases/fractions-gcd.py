"""Shim case fractions-gcd: fractions.gcd() (removed in 3.9).

3.5-3.8 warned at every call (DeprecationWarning, attributed to the caller).  Unlike
math.gcd(), the result takes the sign of the second argument (unless it is 0, then of the
first), and it works for any numbers with %: Fractions, floats, bools.
"""
import os
import sys
import warnings
from fractions import Fraction


def here():
    """The caller's current line: the marker warning line numbers are measured against."""
    return sys._getframe(1).f_lineno


def report(label, caught, base):
    print(label, [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
                  for w in caught])


import fractions

PAIRS = [(12, 18), (-12, 18), (12, -18), (-12, -18), (0, 0), (0, 5), (0, -5), (-5, 0), (5, 0),
         (7, 13), (2 ** 70, -(2 ** 65) * 3), (True, 2), (2, True), (False, False),
         (Fraction(1, 2), Fraction(1, 3)), (Fraction(-3, 4), Fraction(9, 8)), (4.0, 6), (-4.0, 6), (1.5, 0.5),
         (6, 4.0), ("a", "b"), (None, 3), (3, None)]
for a, b in PAIRS:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            base = here(); result = fractions.gcd(a, b)
            text = "%r %s" % (result, type(result).__name__)
        except Exception as exc:
            text = type(exc).__name__
    report("gcd(%r, %r) = %s" % (a, b, text), caught, base)


class MyInt(int):
    pass


with warnings.catch_warnings(record=True):
    warnings.simplefilter("always")
    r = fractions.gcd(MyInt(12), MyInt(-8))
    print("int subclass:", r, type(r).__name__)
    from fractions import gcd
    print("from-import:", gcd(10, -4))

print("== reducing a ratio, as old code did")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    num, den = 1920, -1080
    g = fractions.gcd(num, den)
    print(num // g, den // g)
print(len(caught))
print("in __all__:", "gcd" in fractions.__all__)
