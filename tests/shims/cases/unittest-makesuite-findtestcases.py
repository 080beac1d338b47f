"""Shim case unittest-makesuite-findtestcases: unittest.makeSuite, findTestCases, getTestCaseNames
(removed in 3.13).

3.8-3.10 did not warn; 3.11-3.12 warned (DeprecationWarning, attributed to the caller).  The
oracle is 3.8, so no warning facts are printed; the output is identical on 3.8-3.12.
The optional arguments are positional-or-keyword: prefix, sortUsing, suiteClass, and
testNamePatterns (getTestCaseNames only, 3.7+).  getTestCaseNames() requires prefix.
"""
import io
import types
import unittest
import warnings


class Alpha(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def testC(self):
        pass

    def check_x(self):
        pass

    def helper(self):
        pass


class Beta(unittest.TestCase):
    def test_one(self):
        self.assertEqual(1, 2)


class Empty(unittest.TestCase):
    pass


class WithRunTest(unittest.TestCase):
    def runTest(self):
        pass


class MySuite(unittest.TestSuite):
    pass


def reverse(a, b):
    return (a < b) - (a > b)


def shape(suite):
    """Nested suites as nested lists of test ids."""
    return [shape(t) if isinstance(t, unittest.TestSuite) else t.id() for t in suite]


module = types.ModuleType("legacy_tests")
module.Alpha = Alpha
module.Beta = Beta
module.Empty = Empty
module.not_a_case = 3
module.MySuite = MySuite

with warnings.catch_warnings(record=True):
    warnings.simplefilter("always")

    print("== makeSuite")
    suite = unittest.makeSuite(Alpha)
    print(type(suite).__name__, shape(suite), suite.countTestCases())
    print(shape(unittest.makeSuite(Alpha, "check")))
    print(shape(unittest.makeSuite(Alpha, prefix="test", sortUsing=reverse)))
    print(shape(unittest.makeSuite(Alpha, "test", reverse, MySuite)), type(unittest.makeSuite(Alpha, suiteClass=MySuite)).__name__)
    print(shape(unittest.makeSuite(Empty)), shape(unittest.makeSuite(WithRunTest)))
    print(shape(unittest.makeSuite(Alpha, prefix="nothing")))
    try:
        unittest.makeSuite(3)
    except TypeError:
        print("makeSuite(3): TypeError")
    try:
        unittest.makeSuite(MySuite)
    except TypeError:
        print("makeSuite(TestSuite subclass): TypeError")

    print("== getTestCaseNames")
    print(unittest.getTestCaseNames(Alpha, "test"))
    print(unittest.getTestCaseNames(Alpha, prefix="check"))
    print(unittest.getTestCaseNames(Alpha, "test", reverse))
    print(unittest.getTestCaseNames(Alpha, "test", testNamePatterns=["*_a", "*C"]))
    print(type(unittest.getTestCaseNames(Alpha, "test")).__name__)
    print(unittest.getTestCaseNames(Empty, "test"), unittest.getTestCaseNames(WithRunTest, "test"))
    try:
        unittest.getTestCaseNames(Alpha)
    except TypeError:
        print("getTestCaseNames without prefix: TypeError")

    print("== findTestCases")
    suite = unittest.findTestCases(module)
    print(type(suite).__name__, shape(suite), suite.countTestCases())
    print(shape(unittest.findTestCases(module, "check")))
    print(shape(unittest.findTestCases(module, prefix="test", sortUsing=reverse)))
    suite = unittest.findTestCases(module, suiteClass=MySuite)
    print(type(suite).__name__, [type(s).__name__ for s in suite])

    print("== legacy suite() function run by TextTestRunner")

    def suite():
        all_tests = unittest.TestSuite()
        all_tests.addTest(unittest.makeSuite(Alpha))
        all_tests.addTest(unittest.makeSuite(Beta))
        return all_tests

    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream).run(suite())
    lines = stream.getvalue().splitlines()
    print(lines[0], "|", lines[-1], "|", result.testsRun, len(result.failures))

print("exported:", [name for name in ("makeSuite", "findTestCases", "getTestCaseNames") if hasattr(unittest, name)])
