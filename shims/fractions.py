"""Shims for the fractions module: fractions.gcd() (removed in 3.9).

Unlike math.gcd(), the old function worked on any numbers that support % (Fractions, floats,
bools...) by Euclid's algorithm, and its result took the sign of the second argument (unless
that was 0). For two ints it computes the same value through math.gcd() with that sign rule.
Each call warns, attributed to the caller.
"""
from _compat_engine import shim


@shim("fractions-gcd", removed_in="3.9",
      replacement="math.gcd() (always non-negative; fractions.gcd took the sign of the second "
                  "argument)", kind="function")
def _gcd(fractions, ctx):
    import math

    def gcd(a, b):
        """Calculate the Greatest Common Divisor of a and b.

        Unless b==0, the result will have the same sign as b (so that when
        b is divided by it, the result comes out positive).
        """
        ctx.warn("fractions.gcd()", instead="math.gcd()", stacklevel=1)
        if type(a) is int is type(b):
            if (b or a) < 0:
                return -math.gcd(a, b)
            return math.gcd(a, b)
        while b:
            a, b = b, a % b
        return a

    gcd.__module__ = fractions.__name__
    if ctx.restore(fractions, "gcd", gcd):
        exported = fractions.__dict__.get("__all__")
        if isinstance(exported, list) and "gcd" not in exported:
            exported.append("gcd")


@_gcd.hide
def _hide_gcd(fractions):
    fractions.__dict__.pop("gcd", None)
    exported = fractions.__dict__.get("__all__")
    if isinstance(exported, list) and "gcd" in exported:
        exported.remove("gcd")
