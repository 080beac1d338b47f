"""Shim case random-randrange-float: random.randrange() (and randint()) with floats and other
non-int numbers (removed in 3.12).

Up to 3.11 each argument was taken as its int(), which had to equal it ("non-integer arg 1",
"non-integer stop", "non-integer step" ValueErrors otherwise); the draws are then those of
the equal ints. 3.8 did not warn (3.10 and 3.11 did), so warnings are not printed.
"""
import random
import warnings
from decimal import Decimal
from fractions import Fraction

warnings.simplefilter("ignore")

CALLS = [(10.0,), (1.0, 10.0), (0, 10, 2.0), (10.5,), (1, 10.5), (0, 10, 2.5), (0.0,),
         ("5",), (3, 3.0), (1, 5.0, 1), (0, 10, 0.0), (True,), (2 ** 70 * 1.0,),
         (float("inf"),), (float("nan"),), (Fraction(10, 1),), (Decimal(10),),
         (Decimal("10.5"),), (10.0, 0.0, -2.0), (5.0, 2.0), (5.0, 2.0, 1.0), (0.0, 10.0, -1.0),
         (-5.0,), (100.0, 200.0, 7.0), (1.0, 1e6)]

random.seed(1)
for args in CALLS:
    try:
        result = random.randrange(*args)
    except (ValueError, TypeError, OverflowError) as exc:
        result = "%s: %s" % (type(exc).__name__, exc)
    print(args, "->", result)

random.seed(2)
print([random.randint(1, 6.0) for _ in range(8)])
print(random.randrange(start=3.0, stop=9.0, step=2.0), random.randrange(stop=9.0, start=1))
rng = random.Random(3)
print([rng.randrange(100.0) for _ in range(5)])
random.seed(3)
print([random.randrange(100) for _ in range(5)])
print(random.Random(4).randint(0.0, 3.0), random.Random(4).randint(0, 3))
