"""Shim case unittest-deprecated-aliases: the old TestCase assertion aliases (removed in 3.12).

On 3.8-3.11 every call of an alias warned (DeprecationWarning, attributed to the caller) and
then behaved exactly like the method it names, failure messages included.  Tracebacks are not
printed (their layout changed in 3.11); only the exception line of each failure is.
"""
import io
import os
import re
import sys
import unittest
import warnings


# alias -> the method it stands for (3.8-3.11)
ALIASES = {
    "assertEquals": "assertEqual",
    "assertNotEquals": "assertNotEqual",
    "assert_": "assertTrue",
    "failUnless": "assertTrue",
    "failIf": "assertFalse",
    "failUnlessEqual": "assertEqual",
    "failIfEqual": "assertNotEqual",
    "failUnlessAlmostEqual": "assertAlmostEqual",
    "failIfAlmostEqual": "assertNotAlmostEqual",
    "failUnlessRaises": "assertRaises",
    "assertAlmostEquals": "assertAlmostEqual",
    "assertNotAlmostEquals": "assertNotAlmostEqual",
    "assertRegexpMatches": "assertRegex",
    "assertNotRegexpMatches": "assertNotRegex",
    "assertRaisesRegexp": "assertRaisesRegex",
}

# Arguments that make each alias pass.
PASSING = {
    "assertEquals": (1, 1), "assertNotEquals": (1, 2), "assert_": (1,), "failUnless": ("x",),
    "failIf": (0,), "failUnlessEqual": ("a", "a"), "failIfEqual": ("a", "b"),
    "failUnlessAlmostEqual": (1.0, 1.00000001), "failIfAlmostEqual": (1.0, 1.1),
    "failUnlessRaises": (ValueError, int, "x"), "assertAlmostEquals": (2.0, 2.00000001),
    "assertNotAlmostEquals": (2.0, 2.5), "assertRegexpMatches": ("abc", "b"),
    "assertNotRegexpMatches": ("abc", "z"),
    "assertRaisesRegexp": (ValueError, "invalid literal", int, "x"),
}


def here():
    """The caller's current line: the marker warning line numbers are measured against."""
    return sys._getframe(1).f_lineno


def where(caught, base):
    return [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
            for w in caught]


print("== the aliases exist on TestCase")
for alias in ALIASES:
    print(alias, hasattr(unittest.TestCase, alias), callable(getattr(unittest.TestCase, alias, None)))

print("== direct calls: each warns once, attributed to the caller")
tc = unittest.TestCase()
for alias, args in PASSING.items():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here(); result = getattr(tc, alias)(*args)
    print(alias, repr(result), where(caught, base))

print("== as context managers")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); cm = tc.failUnlessRaises(KeyError)
    with cm:
        {}["missing"]
    print("failUnlessRaises:", type(cm.exception).__name__, cm.exception.args)
    base2 = here(); cm = tc.assertRaisesRegexp(ValueError, r"base \d+")
    with cm:
        int("nope")
    print("assertRaisesRegexp:", type(cm.exception).__name__)
print(where(caught[:1], base), where(caught[1:], base2))


class Legacy(unittest.TestCase):
    """A test class as a legacy project wrote it."""

    def test_pass_all(self):
        self.assertEquals(2 + 2, 4)
        self.assertNotEquals("a", "b")
        self.assert_(True)
        self.failUnless([1])
        self.failIf(None)
        self.failUnlessEqual((1, 2), (1, 2))
        self.failIfEqual(1, 2)
        self.failUnlessAlmostEqual(0.1 + 0.2, 0.3)
        self.failIfAlmostEqual(0.1, 0.2, places=3)
        self.failUnlessRaises(ZeroDivisionError, lambda: 1 / 0)
        self.assertAlmostEquals(1.0, 1.05, delta=0.1)
        self.assertNotAlmostEquals(1.0, 1.5, delta=0.1)
        self.assertRegexpMatches("hello world", r"w\w+")
        self.assertNotRegexpMatches("hello world", r"^world")
        self.assertRaisesRegexp(KeyError, "k", {}.__getitem__, "k")
        with self.failUnlessRaises(TypeError):
            len(3)

    def test_fail_assertEquals(self):
        self.assertEquals(1, 2)

    def test_fail_assertEquals_msg(self):
        self.assertEquals([1, 2], [1, 3], msg="custom")

    def test_fail_assertNotEquals(self):
        self.assertNotEquals("x", "x")

    def test_fail_assert_(self):
        self.assert_(0, "zero")

    def test_fail_failUnless(self):
        self.failUnless("")

    def test_fail_failIf(self):
        self.failIf(1)

    def test_fail_failUnlessEqual(self):
        self.failUnlessEqual({"a": 1}, {"a": 2})

    def test_fail_failIfEqual(self):
        self.failIfEqual(3, 3)

    def test_fail_failUnlessAlmostEqual(self):
        self.failUnlessAlmostEqual(1.0, 1.1)

    def test_fail_failIfAlmostEqual(self):
        self.failIfAlmostEqual(1.0, 1.0)

    def test_fail_failUnlessRaises(self):
        self.failUnlessRaises(ValueError, int, "1")

    def test_fail_failUnlessRaises_context(self):
        with self.failUnlessRaises(ValueError):
            pass

    def test_fail_assertAlmostEquals(self):
        self.assertAlmostEquals(1.0, 1.5, places=2)

    def test_fail_assertNotAlmostEquals(self):
        self.assertNotAlmostEquals(1.0, 1.0001, places=2)

    def test_fail_assertRegexpMatches(self):
        self.assertRegexpMatches("abc", "z+")

    def test_fail_assertNotRegexpMatches(self):
        self.assertNotRegexpMatches("abc", "b")

    def test_fail_assertRaisesRegexp(self):
        self.assertRaisesRegexp(ValueError, "^x$", int, "y")

    def test_error_failUnlessRaises_other_exception(self):
        self.failUnlessRaises(KeyError, int, "y")


def exception_text(formatted):
    """The exception part of a formatted traceback: from the last line that starts with an
    exception name at column 0 (the message may continue over several lines)."""
    lines = formatted.splitlines()
    start = max(i for i, line in enumerate(lines) if re.match(r"[A-Za-z_][\w.]*(Error|Exception)\b", line))
    return "\n".join(lines[start:])


print("== run through TextTestRunner")
stream = io.StringIO()
with warnings.catch_warnings(record=True):
    warnings.simplefilter("always")
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(Legacy)
    result = unittest.TextTestRunner(stream=stream, verbosity=1).run(suite)
output = stream.getvalue().splitlines()
print("progress:", output[0])
print("summary:", [re.sub(r" in \d+\.\d+s$", "", line) for line in output if line.startswith("Ran ")], output[-1])
print("run:", result.testsRun, "failures:", len(result.failures), "errors:", len(result.errors),
      "successful:", result.wasSuccessful())
for test, formatted in result.failures + result.errors:
    print("--", test.id())
    print(exception_text(formatted))
