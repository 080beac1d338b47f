"""Shims for the random module, written from the documentation and from the observed
behaviour of 3.8 to 3.11.

All of them wrap a method of random.Random (so instances, subclasses and the module-level
functions, which are bound methods of the hidden shared instance, all see them) and pass
every call that the current release accepts straight through. 3.8 did not warn about any
of these uses; the shims warn at each one.

- random-sample-set (removed 3.11): sample() of a set (any collections.abc.Set) samples
  tuple(population), as 3.8 did; any other non-sequence is refused with 3.8's message.
- random-seed-hashable (removed 3.11): seed() with any other hashable object (tuple,
  frozenset, ...) seeds from its hash taken as an unsigned machine word, which reproduces
  3.8's sequences; unhashable objects raise the TypeError hash() raises.
- random-shuffle-random-param (removed 3.11): shuffle(x, random=None). With a `random`
  function, element i (from the last down to 1) is swapped with element
  int(random() * (i + 1)), as the documentation of 3.8 describes.
- random-randrange-float (removed 3.12): randrange() with integral floats (or other numbers
  equal to their int()), with 3.8's ValueErrors for the rest.
"""
from _compat_engine import shim

_SAMPLE_NOT_SEQUENCE = "Population must be a sequence or set.  For dicts, use list(d)."
_SEED_TYPES = (type(None), int, float, str, bytes, bytearray)
_WORD = 1 << 64


def _install(random, name, method):
    """Put `method` in place of Random.<name>, and rebind the module-level function that is
    the shared instance's bound method."""
    cls = random.Random
    original = cls.__dict__[name]
    method.__name__ = name
    method.__qualname__ = "Random." + name
    method.__doc__ = original.__doc__
    method.__module__ = original.__module__
    method.__wrapped__ = original
    setattr(cls, name, method)
    instance = random.__dict__.get("_inst")
    bound = random.__dict__.get(name)
    if instance is not None and getattr(bound, "__func__", None) is original:
        setattr(random, name, getattr(instance, name))
    return original


def _already_wrapped(random, name, marker):
    return getattr(random.Random.__dict__.get(name), marker, False)


# ---- sample(set) ---------------------------------------------------------------------------

@shim("random-sample-set", removed_in="3.11",
      replacement="random.sample(sorted(s), k) or random.sample(list(s), k)",
      kind="behaviour-change")
def _sample_set(random, ctx):
    if _already_wrapped(random, "sample", "_pythonc_set"):
        return
    # _collections_abc (what collections.abc re-exports) is loaded by every start-up.
    import sys
    abc = sys.modules.get("_collections_abc") or __import__("_collections_abc")
    Set, Sequence = abc.Set, abc.Sequence
    original = random.Random.__dict__["sample"]

    def sample(self, population, k, **kwargs):
        if isinstance(population, Set):
            ctx.warn("random.sample() of a set", stacklevel=1)
            population = tuple(population)
        elif not isinstance(population, Sequence):
            raise TypeError(_SAMPLE_NOT_SEQUENCE)
        return original(self, population, k, **kwargs)

    sample._pythonc_set = True
    _install(random, "sample", sample)


@_sample_set.hide
def _hide_sample_set(random):
    import sys
    Set = (sys.modules.get("_collections_abc") or __import__("_collections_abc")).Set
    original = random.Random.__dict__["sample"]

    def sample(self, population, k, **kwargs):
        if isinstance(population, Set):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        return original(self, population, k, **kwargs)

    _install(random, "sample", sample)


# ---- seed(hashable) ------------------------------------------------------------------------

@shim("random-seed-hashable", removed_in="3.11",
      replacement="seed with None, int, float, str, bytes or bytearray", kind="behaviour-change")
def _seed_hashable(random, ctx):
    if _already_wrapped(random, "seed", "_pythonc_hashable"):
        return
    original = random.Random.__dict__["seed"]

    def seed(self, a=None, version=2):
        if not isinstance(a, _SEED_TYPES):
            kind = type(a).__name__
            a = hash(a) % _WORD
            ctx.warn("random.seed() of a %s" % kind, stacklevel=1)
        return original(self, a, version)

    seed._pythonc_hashable = True
    _install(random, "seed", seed)


@_seed_hashable.hide
def _hide_seed_hashable(random):
    original = random.Random.__dict__["seed"]

    def seed(self, a=None, version=2):
        if not isinstance(a, _SEED_TYPES):
            raise TypeError("The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.")
        return original(self, a, version)

    _install(random, "seed", seed)


# ---- shuffle(x, random) --------------------------------------------------------------------

@shim("random-shuffle-random-param", removed_in="3.11",
      replacement="rng = random.Random(seed); rng.shuffle(x)", kind="parameter")
def _shuffle_random(random, ctx):
    if _already_wrapped(random, "shuffle", "_pythonc_random"):
        return
    original = random.Random.__dict__["shuffle"]

    def shuffle(self, x, random=None):
        if random is None:
            return original(self, x)
        ctx.warn("random.shuffle(x, random)", stacklevel=1)
        for i in range(len(x) - 1, 0, -1):
            j = int(random() * (i + 1))
            x[i], x[j] = x[j], x[i]

    shuffle._pythonc_random = True
    _install(random, "shuffle", shuffle)


@_shuffle_random.hide
def _hide_shuffle_random(random):
    original = random.Random.__dict__["shuffle"]

    def shuffle(self, x):
        return original(self, x)

    _install(random, "shuffle", shuffle)


# ---- randrange(float) ----------------------------------------------------------------------

def _integral(value, what):
    """3.8's reading of a randrange() argument: its int(), which must equal it."""
    number = int(value)
    if number != value:
        raise ValueError("non-integer %s for randrange()" % what)
    return number


@shim("random-randrange-float", removed_in="3.12", replacement="pass ints (int(x))",
      kind="behaviour-change")
def _randrange_float(random, ctx):
    if _already_wrapped(random, "randrange", "_pythonc_float"):
        return
    original = random.Random.__dict__["randrange"]

    def randrange(self, start, stop=None, step=1):
        if isinstance(start, int) and (stop is None or isinstance(stop, int)) \
                and isinstance(step, int):
            return original(self, start, stop, step)
        ctx.warn("random.randrange() with non-integer arguments", stacklevel=1)
        first = _integral(start, "arg 1")
        if stop is None:
            if first <= 0:
                raise ValueError("empty range for randrange()")
            return original(self, first)
        last = _integral(stop, "stop")
        width = last - first
        if step == 1:
            if width <= 0:
                raise ValueError("empty range for randrange() (%d, %d, %d)"
                                 % (first, last, width))
            return original(self, first, last)
        stride = _integral(step, "step")
        if stride == 0:
            raise ValueError("zero step for randrange()")
        if (width > 0) != (stride > 0) or width == 0:
            raise ValueError("empty range for randrange()")
        return original(self, first, last, stride)

    randrange._pythonc_float = True
    _install(random, "randrange", randrange)

    # 3.8's randint(a, b) was randrange(a, b + 1); from 3.14 it no longer goes through
    # randrange, so it takes the same route again for arguments that are not ints.
    original_randint = random.Random.__dict__["randint"]

    def randint(self, a, b):
        if isinstance(a, int) and isinstance(b, int):
            return original_randint(self, a, b)
        return self.randrange(a, b + 1)

    randint._pythonc_float = True
    _install(random, "randint", randint)


@_randrange_float.hide
def _hide_randrange_float(random):
    original = random.Random.__dict__["randrange"]
    import operator

    def randrange(self, start, stop=None, step=1):
        for value in (start, stop, step):
            if value is not None:
                operator.index(value)
        return original(self, start, stop, step)

    _install(random, "randrange", randrange)
