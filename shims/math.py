"""Shims for the math module, written from the documentation and from the observed
behaviour of 3.8 and 3.9.

- math-factorial-float (removed 3.10): math.factorial() of a float. An integral float gives
  the factorial of its int(); any other float (fractional, inf, nan) raises 3.8's
  "factorial() only accepts integral values"; a negative one the usual "not defined for
  negative values". 3.8 did not warn (3.9 did); the shim warns at each float call.
"""
from _compat_engine import shim

_NOT_INTEGRAL = "factorial() only accepts integral values"


@shim("math-factorial-float", removed_in="3.10", replacement="math.factorial(int(x))",
      kind="behaviour-change")
def _factorial_float(math, ctx):
    original = math.factorial
    if getattr(original, "_pythonc_float", False):
        return

    def factorial(x, /):
        if isinstance(x, float):
            ctx.warn("math.factorial() of a float", stacklevel=1)
            if not x.is_integer():
                raise ValueError(_NOT_INTEGRAL)
            x = int(x)
        return original(x)

    factorial.__name__ = factorial.__qualname__ = "factorial"
    factorial.__doc__ = original.__doc__
    factorial.__module__ = "math"
    factorial.__wrapped__ = original
    factorial._pythonc_float = True
    math.factorial = factorial


@_factorial_float.hide
def _hide_factorial_float(math):
    original = math.factorial

    def factorial(x, /):
        if isinstance(x, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        return original(x)

    factorial.__name__ = factorial.__qualname__ = "factorial"
    math.factorial = factorial
