"""Shim case unittest-texttestresult-alias: unittest._TextTestResult (removed in 3.12).

3.2-3.11: the old name of unittest.TextTestResult (the same class), importable from unittest,
usable as a TextTestRunner resultclass and as a base class. 3.8 did not warn, so warnings are
not printed.
"""
import io
import unittest
import warnings

warnings.simplefilter("ignore")

from unittest import _TextTestResult  # noqa: E402

print(_TextTestResult is unittest.TextTestResult, unittest._TextTestResult.__name__)
print("_TextTestResult" in unittest.__all__)


class CountingResult(unittest._TextTestResult):
    started = 0

    def startTest(self, test):
        CountingResult.started += 1
        super().startTest(test)


class Sample(unittest.TestCase):
    def test_ok(self):
        pass

    def test_fail(self):
        self.assertEqual(1, 2)


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, resultclass=CountingResult, verbosity=0)
result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(Sample))
print(type(result).__name__, isinstance(result, unittest.TextTestResult), CountingResult.started,
      result.testsRun, len(result.failures), stream.getvalue().splitlines()[-1])
