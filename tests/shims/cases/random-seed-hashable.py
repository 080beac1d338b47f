"""Shim case random-seed-hashable: random.seed() / Random() with other hashable objects
(removed in 3.11).

Up to 3.10 any hashable object seeded the generator from its hash (tuples and frozensets of
ints, whose hashes do not vary between runs, give reproducible streams); unhashable ones
raised hash()'s TypeError. 3.8 did not warn (3.9 and 3.10 did), so warnings are not printed.
"""
import random
import warnings

warnings.simplefilter("ignore")


def stream(seed):
    try:
        random.seed(seed)
    except TypeError as exc:
        return "TypeError: %s" % exc
    return [random.random(), random.randrange(1000), random.choice("abcdef")]


for seed in [(1, 2), (3,), (), frozenset([1]), frozenset(), (1, (2, 3)), (-1, "x") and (-1, 5),
             frozenset({1, 2, 3}), 12345, 2.5, "text", b"bytes", [1, 2], {1: 2},
             {1, 2}]:
    print(repr(seed), stream(seed))

print(random.Random((4, 5)).random(), random.Random(frozenset([9])).randrange(100))
rng = random.Random()
rng.seed((7, 8), version=1)
print(rng.random())
rng.seed(a=(7, 8))
print(rng.random())
state = random.Random((1, 2)).getstate()
print(state[0], state[1][:3])


class Key:
    def __hash__(self):
        return 42


random.seed(Key())
first = random.random()
random.seed(42)
print(first == random.random())


class Sub(random.Random):
    pass


print(Sub((1, 2)).random() == random.Random((1, 2)).random())
