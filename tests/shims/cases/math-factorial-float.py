"""Shim case math-factorial-float: math.factorial() of a float (removed in 3.10).

Up to 3.9 an integral float gave the factorial of its int(); other floats (fractional, inf,
nan) raised ValueError "factorial() only accepts integral values", negative ones "not defined
for negative values". 3.8 did not warn (3.9 did), so warnings are not printed.
"""
import math
import warnings

warnings.simplefilter("ignore")

for value in [5.0, 0.0, 1.0, 20.0, 25.0, 5.5, -1.0, -2.5, float("inf"), float("-inf"),
              float("nan"), 1e3, 2 ** 0.5, 170.0, 7, True]:
    try:
        result = math.factorial(value)
        result = result if result < 10 ** 30 else "%d digits" % len(str(result))
    except (ValueError, TypeError, OverflowError) as exc:
        result = "%s: %s" % (type(exc).__name__, exc)
    print(repr(value), "->", result)
print(math.factorial(x=4.0) if False else math.factorial(4.0), type(math.factorial(3.0)).__name__)
print(sum(map(math.factorial, [1.0, 2.0, 3.0])))
