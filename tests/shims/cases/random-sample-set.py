"""Shim case random-sample-set: random.sample() of a set (removed in 3.11).

Up to 3.10 a set (any collections.abc.Set: set, frozenset, dict key views) was sampled as
tuple(population), in its iteration order, so with a fixed seed the result is reproducible
for sets of small ints. 3.8 did not warn (3.9 and 3.10 did), so warnings are not printed.
Other non-sequences were refused with 3.8's message.
"""
import random
import warnings

warnings.simplefilter("ignore")


def show(label, call):
    try:
        print(label, "->", call())
    except Exception as exc:
        print(label, "->", type(exc).__name__, exc)


random.seed(12345)
show("set", lambda: random.sample({3, 1, 2, 9, 100, 7}, 3))
show("frozenset", lambda: random.sample(frozenset(range(50)), 5))
show("keys view", lambda: random.sample({10: "a", 20: "b", 30: "c"}.keys(), 2))
show("items view", lambda: random.sample({10: "a", 20: "b", 30: "c"}.items(), 2))
show("keywords", lambda: random.sample(population={4, 5, 6}, k=3))
show("whole set", lambda: sorted(random.sample(set(range(10)), 10)))
show("k=0", lambda: random.sample({1, 2}, 0))
show("too many", lambda: random.sample({1, 2}, 3))
show("negative", lambda: random.sample({1, 2}, -1))
show("empty set", lambda: random.sample(set(), 0))
show("dict", lambda: random.sample({1: 2, 3: 4}, 1))
show("iterator", lambda: random.sample(iter([1, 2]), 1))
show("sequence still", lambda: random.sample(range(100), 4))
show("list still", lambda: random.sample(["a", "b", "c", "d"], 2))

rng = random.Random(7)
show("instance", lambda: rng.sample({"x", "y"} and {1, 2, 3, 4, 5}, 2))


class MyRandom(random.Random):
    pass


show("subclass", lambda: MyRandom(99).sample(set(range(20)), 4))
show("SystemRandom type", lambda: len(random.SystemRandom().sample({1, 2, 3}, 2)))
show("same stream", lambda: (random.seed(1), random.sample({5, 6, 7, 8}, 2), random.random())[1:])
