"""Shim case unittest-deprecated-aliases, topic semantics: how the old TestCase aliases
(removed in 3.12) behaved beyond a plain call, on 3.8-3.11.

- They called TestCase's own method, bound when the class was made: a subclass overriding
  assertEqual did not change what assertEquals did.
- A subclass defining its own method of an alias name kept it.
- msg= (also with longMessage = False), a custom failureException, and the context-manager
  forms with msg= behaved like the methods they name; bad arguments raised the same errors.
- Failure tracebacks showed the test's line and nothing of the alias itself.
- Under a runner with warnings="error" each use became an error of a DeprecationWarning
  class (only the category family is printed: the message text is not part of the contract).
"""
import io
import re
import unittest
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


class Custom(Exception):
    pass


class Overrides(unittest.TestCase):
    def assertEqual(self, first, second, msg=None):
        raise RuntimeError("the override was called")

    def failUnless(self, expr, msg=None):
        return "own failUnless"


class CustomFailure(unittest.TestCase):
    failureException = Custom


tc = unittest.TestCase()
print("== bound to TestCase's own methods")
o = Overrides()
print(o.assertEquals(1, 1), o.failUnlessEqual("a", "a"))
print(o.failUnless(0))

print("== msg and longMessage")


def failure(call):
    try:
        call()
    except BaseException as exc:
        return "%s: %s" % (type(exc).__name__, exc)
    return "passed"


print(failure(lambda: tc.assertEquals(1, 2, "why")))
print(failure(lambda: tc.assertEquals(1, 2, msg="kw")))
print(failure(lambda: tc.failIf(True, msg="not this")))
print(failure(lambda: tc.assertNotAlmostEquals(1.0, 1.05, delta=0.1, msg="near")))
print(failure(lambda: tc.assertAlmostEquals(1.0, 1.05, places=1, delta=0.1)))
print(failure(lambda: tc.assertRegexpMatches("abc", "^b", "regex msg")))
tc.longMessage = False
print(failure(lambda: tc.assertEquals(1, 2, "only this")))
print(failure(lambda: tc.failUnlessEqual(1, 2)))
print(failure(lambda: tc.assertNotRegexpMatches("abc", "c", "no long message")))
tc.longMessage = True
print(failure(lambda: CustomFailure().failUnless(False)))
print(failure(lambda: CustomFailure().assertEquals(1, 2)))


def in_context(factory):
    def run():
        with factory():
            pass
    return failure(run)


print(in_context(lambda: tc.failUnlessRaises(KeyError, msg="ctx msg")))
print(in_context(lambda: tc.assertRaisesRegexp(KeyError, "k", msg="ctx msg")))
print(failure(lambda: tc.failUnlessRaises(KeyError, {}.pop, "missing")))
print(failure(lambda: tc.failUnlessRaises(TypeError, int, "1", base=10)))
print(failure(lambda: tc.assertRaisesRegexp(TypeError, "must be", int, "1", base=10)))
with tc.failUnlessRaises(ZeroDivisionError) as cm:
    1 / 0
print("context manager result:", type(cm.exception).__name__)
# (the text of a missing-argument TypeError changed in 3.10: only the type is printed)
print(failure(lambda: tc.failUnless()).split(":")[0], failure(lambda: tc.assertEquals(1)).split(":")[0])


class Legacy(unittest.TestCase):
    def test_equals(self):
        self.assertEquals("a", "b")

    def test_raises(self):
        self.failUnlessRaises(KeyError, lambda: None)

    def test_context(self):
        with self.assertRaisesRegexp(KeyError, "x"):
            pass


print("== failure tracebacks")
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Legacy))
for test, formatted in result.failures:
    frames = re.findall(r'^  File "[^"]*?([^"/\\]*)", line \d+, in (\S+)$', formatted, re.M)
    print(test.id(), frames, formatted.strip().splitlines()[-1])

print("== runner with warnings='error'")
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, warnings="error").run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Legacy))
print("failures:", len(result.failures), "errors:", len(result.errors))
for test, formatted in result.errors:
    last = formatted.strip().splitlines()[-1]
    print(test.id(), last.split(":")[0].rsplit(".", 1)[-1].endswith("DeprecationWarning"))
