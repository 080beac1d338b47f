"""Shim case unittest-use-load-tests: TestLoader.loadTestsFromModule(module, use_load_tests)
(removed in 3.12).

3.5-3.11: the argument, positional or keyword, is accepted, ignored (load_tests() is always
honoured) and warned about (from inside unittest, so only the warning count is printed); a
second extra positional argument or an unknown keyword is a TypeError naming
loadTestsFromModule().
"""
import types
import unittest
import warnings


class T(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


plain = types.ModuleType("plain")
plain.T = T
hooked = types.ModuleType("hooked")
hooked.T = T
hooked.load_tests = lambda loader, tests, pattern: unittest.TestSuite([tests, tests]) \
    if pattern is None else unittest.TestSuite()

loader = unittest.TestLoader()
CALLS = [
    ("plain", (plain,), {}),
    ("keyword False", (plain,), {"use_load_tests": False}),
    ("keyword True", (plain,), {"use_load_tests": True}),
    ("positional", (plain, True), {}),
    ("two extra", (plain, True, False), {}),
    ("with pattern", (plain,), {"use_load_tests": True, "pattern": "x"}),
    ("unknown keyword", (plain,), {"bogus": 1}),
    ("positional and unknown", (plain, True), {"bogus": 1}),
    ("hooked, ignored False", (hooked,), {"use_load_tests": False}),
    ("hooked positional False", (hooked, False), {}),
    ("hooked with pattern", (hooked, False), {"pattern": "p"}),
    ("hooked plain", (hooked,), {}),
]
for label, args, kwargs in CALLS:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = loader.loadTestsFromModule(*args, **kwargs).countTestCases()
        except TypeError as exc:
            result = "TypeError: %s" % exc
    print(label, "->", result, [issubclass(w.category, DeprecationWarning) for w in caught])
