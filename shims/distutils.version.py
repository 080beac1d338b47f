"""distutils.version (restored by pythonc, see shims/distutils.py): version-number classes.

StrictVersion accepts only MAJOR.MINOR[.PATCH][{a|b}N]; LooseVersion splits any string into
numbers and letter runs.  Each compares with versions of its own class and with strings (parsed
with that class), and reports a bad version as ValueError, as Python 3.8 did - rough edge
included: LooseVersions whose components hold a number and a word at the same position raise
TypeError when compared.  Anything else (the other class, a number, None) is left to Python's
default comparison (== is False, < raises TypeError), as from Python 3.9 to 3.11, where 3.8
raised AttributeError or TypeError: the later, lenient behaviour breaks no program written for
the earlier one.  For new code: packaging.version.

Every comparison operator asks the subclass's `_cmp(other)` for a three-way answer (negative,
zero, positive, or NotImplemented); the operators themselves are generated from one table.
The instances define __eq__ without __hash__, so they are unhashable.
"""

import operator
import re


def _three_way(left, right):
    """-1, 0 or 1 for two sequences.  Equality is asked first, so two lists that only differ
    where one holds a number and the other a word raise TypeError from the ordering test."""
    if left == right:
        return 0
    return -1 if left < right else 1


def _number_or_text(piece):
    """A LooseVersion component: the piece as an int when int() takes it, else the text."""
    try:
        return int(piece)
    except ValueError:
        return piece


def _peer(cls, other):
    """`other` as an instance of the version class `cls` (a string is parsed with it), or
    None when it is neither."""
    if isinstance(other, str):
        return cls(other)
    return other if isinstance(other, cls) else None


def _operator(name, test):
    """The rich-comparison method `name`: `test` applied to (_cmp's answer, 0)."""
    def compare(self, other):
        answer = self._cmp(other)
        return answer if answer is NotImplemented else test(answer, 0)
    compare.__name__, compare.__qualname__ = name, "Version." + name
    return compare


class Version:
    """Base of the version classes: construction from an optional string, repr, and the
    comparison operators.  It parses nothing and compares nothing by itself."""

    def __init__(self, vstring=None):
        if vstring:
            self.parse(vstring)

    def __repr__(self):
        return "%s ('%s')" % (type(self).__name__, self)

    # (!= is left to Python, which negates __eq__; defining __eq__ here makes __hash__ None.)
    __eq__ = _operator("__eq__", operator.eq)
    __lt__ = _operator("__lt__", operator.lt)
    __le__ = _operator("__le__", operator.le)
    __gt__ = _operator("__gt__", operator.gt)
    __ge__ = _operator("__ge__", operator.ge)


class StrictVersion(Version):
    """A version of the form MAJOR.MINOR[.PATCH][{a|b}N], e.g. 1.0, 2.7.3, 1.2a1, 0.9b12.

    .version is the (major, minor, patch) tuple (patch 0 when absent) and .prerelease is
    ('a' or 'b', N) or None.  A pre-release sorts before the same version without one."""

    # Public: the grammar, one group per part (read by code that subclasses the class).
    version_re = re.compile(r'^(\d+) \. (\d+) (\. (\d+))? ([ab](\d+))?$',
                            re.VERBOSE | re.ASCII)

    def parse(self, vstring):
        matched = self.version_re.match(vstring)
        if not matched:
            raise ValueError("invalid version number '%s'" % vstring)
        numbers = [matched.group(1), matched.group(2), matched.group(4) or "0"]
        self.version = tuple(int(n) for n in numbers)
        letter, serial = matched.group(5), matched.group(6)
        self.prerelease = None if letter is None else (letter[0], int(serial))

    def __str__(self):
        shown = self.version[:2] if self.version[2] == 0 else self.version
        text = ".".join(map(str, shown))
        if self.prerelease:
            text += self.prerelease[0] + str(self.prerelease[1])
        return text

    def _cmp(self, other):
        other = _peer(StrictVersion, other)
        if other is None:
            return NotImplemented
        outcome = _three_way(self.version, other.version)
        if outcome:
            return outcome
        # Same numbers: a missing pre-release tag counts as later than any tag.
        ours, theirs = self.prerelease, other.prerelease
        if ours and theirs:
            return _three_way(ours, theirs)
        return bool(theirs) - bool(ours)


class LooseVersion(Version):
    """A version that is any string: digits become numbers, runs of lowercase letters and any
    other characters stay strings, and dots only separate ('1.5.2b2' -> [1, 5, 2, 'b', 2]).
    Versions compare as those lists.  str() gives back the original string (.vstring)."""

    # Public: what one component looks like (read by code that subclasses the class).
    component_re = re.compile(r'(\d+ | [a-z]+ | \.)', re.VERBOSE)

    def __init__(self, vstring=None):
        # (The class has its own __init__ in 3.8 too; it does what Version's does.)
        super().__init__(vstring)

    def parse(self, vstring):
        self.vstring = vstring
        pieces = (p for p in self.component_re.split(vstring) if p not in ("", "."))
        self.version = [_number_or_text(p) for p in pieces]

    def __str__(self):
        return self.vstring

    def __repr__(self):
        # Always this class's name, even for subclasses (as in 3.8).
        return "LooseVersion ('%s')" % self

    def _cmp(self, other):
        peer = _peer(LooseVersion, other)
        if peer is None:
            return NotImplemented
        return _three_way(self.version, peer.version)
