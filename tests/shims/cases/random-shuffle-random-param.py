"""Shim case random-shuffle-random-param: random.shuffle(x, random) (removed in 3.11).

Up to 3.10 shuffle() took an optional zero-argument function returning floats in [0.0, 1.0):
going from the last element down to the second, element i is swapped with element
int(random() * (i + 1)). random=None means the generator's own shuffle. 3.8 did not warn
(3.9 and 3.10 did), so warnings are not printed.
"""
import random
import warnings

warnings.simplefilter("ignore")


def attempt(label, x, *args, **kwargs):
    try:
        result = random.shuffle(x, *args, **kwargs)
        print(label, result, x)
    except Exception as exc:
        print(label, type(exc).__name__, exc, x)


attempt("constant 0.5", list(range(10)), lambda: 0.5)
attempt("keyword", list(range(10)), random=lambda: 0.0)
attempt("near one", list(range(10)), lambda: 0.999)
source = random.Random(4)
attempt("generator method", list("abcdefgh"), source.random)
attempt("another seed", list(range(20)), random.Random(2021).random)
attempt("None", [1], random=None)
random.seed(5)
attempt("None seeded", list(range(10)), None)
attempt("one element", ["only"], lambda: 0.3)
attempt("empty", [], lambda: 0.3)
attempt("returns 1.0", list(range(6)), lambda: 1.0)
attempt("tuple", (1, 2), lambda: 0.1)
attempt("bad value", list(range(6)), lambda: "a")
attempt("not callable", list(range(6)), 0.5)

calls = []


def counting():
    calls.append(1)
    return 0.25


attempt("counting", list(range(7)), counting)
print("calls", len(calls))

rng = random.Random(1)
items = list(range(8))
rng.shuffle(items, random=random.Random(3).random)
print("instance", items)


class MyRandom(random.Random):
    pass


items = list(range(8))
MyRandom(0).shuffle(items, lambda: 0.7)
print("subclass", items)
