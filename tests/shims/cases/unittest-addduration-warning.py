"""Shim case unittest-addduration-warning: a test runner written before 3.12 (here, as nose
and others did, a result object that is not a unittest.TestResult and has no addDuration())
runs test cases without any warning on stderr, as on 3.8."""
import io
import sys
import unittest


class LegacyResult:
    """The result protocol as documented up to 3.11."""

    def __init__(self):
        self.events = []
        self.shouldStop = False
        self.failfast = False

    def startTest(self, test):
        self.events.append("start " + test.id().rsplit(".", 1)[-1])

    def stopTest(self, test):
        self.events.append("stop")

    def addSuccess(self, test):
        self.events.append("success")

    def addFailure(self, test, err):
        self.events.append("failure " + err[0].__name__)

    def addError(self, test, err):
        self.events.append("error " + err[0].__name__)

    def addSkip(self, test, reason):
        self.events.append("skip " + reason)

    # (Skipped tests are left out: 3.12.1 did not call startTest() for them.)


class Sample(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)

    def test_fails(self):
        self.assertEqual(1, 2)


captured, saved = io.StringIO(), sys.stderr
sys.stderr = captured
try:
    result = LegacyResult()
    loader = unittest.TestLoader()
    for name in ("test_ok", "test_fails", "test_ok"):
        Sample(name).run(result)
finally:
    sys.stderr = saved
print("\n".join(result.events))
print("stderr:", repr(captured.getvalue()))
