"""Shims for the unittest package, written from the documented 3.11/3.12 behaviour.

- unittest-deprecated-aliases (removed 3.12): the fifteen old TestCase spellings
  (failUnless, assertEquals, assertRaisesRegexp, ...).  Each call warns, attributed to the
  line of the test that called it, then does exactly what the method it names does; the
  assertRaises-style ones still return the context manager when given no callable.
- unittest-assertdictcontainssubset (removed 3.12): TestCase.assertDictContainsSubset(),
  with 3.11's failure message.
- unittest-makesuite-findtestcases (removed 3.13): the module-level helpers makeSuite(),
  findTestCases() and getTestCaseNames(), each a TestLoader configured from its arguments.
- unittest-texttestresult-alias (removed 3.12): unittest._TextTestResult, the old name of
  TextTestResult (3.8 did not warn; served through the module's __getattr__, warning).
- unittest-use-load-tests (removed 3.12): TestLoader.loadTestsFromModule(module,
  use_load_tests, pattern=None) and use_load_tests=: warned and ignored, with 3.8's
  TypeErrors for a second extra positional argument or an unknown keyword.
- unittest-testprogram-usageexit (removed 3.13): TestProgram.usageExit(msg=None): prints msg
  (if any) and the command-line help, then exits with status 2.
- unittest-mock-version (removed 3.9): unittest.mock.__version__, "1.0" as on 3.8.
- unittest-addduration-warning (3.12): 3.12 warns (RuntimeWarning) for every test whose
  result object has no addDuration() method, which no result class written before 3.12 has
  (nose's, for one). Filtered out again (launcher/quiet_warnings.c), by a filter of the
  lowest priority; it warns about nothing itself, as the old releases did not.
"""
from _compat_engine import shim

# unittest leaves frames whose globals define __unittest out of failure tracebacks, as it
# does for its own: a failing assertEquals() reports the test's line, not the shim's.
__unittest = True

# old name -> the TestCase method it stands for (exactly 3.11's list)
ALIASES = {
    "failUnlessEqual": "assertEqual",
    "assertEquals": "assertEqual",
    "failIfEqual": "assertNotEqual",
    "assertNotEquals": "assertNotEqual",
    "failUnlessAlmostEqual": "assertAlmostEqual",
    "assertAlmostEquals": "assertAlmostEqual",
    "failIfAlmostEqual": "assertNotAlmostEqual",
    "assertNotAlmostEquals": "assertNotAlmostEqual",
    "failUnless": "assertTrue",
    "assert_": "assertTrue",
    "failUnlessRaises": "assertRaises",
    "failIf": "assertFalse",
    "assertRaisesRegexp": "assertRaisesRegex",
    "assertRegexpMatches": "assertRegex",
    "assertNotRegexpMatches": "assertNotRegex",
}

MODULE_HELPERS = ("makeSuite", "findTestCases", "getTestCaseNames")


def _alias_method(ctx, old, new, target):
    """A TestCase method named `old` that warns, then calls `target` (TestCase.<new>, bound
    when the shim was applied, as the 3.11 aliases were bound when the class was made)."""
    what = "unittest.TestCase.%s()" % old
    instead = "unittest.TestCase.%s()" % new

    def method(self, *args, **kwargs):
        ctx.warn(what, instead=instead, stacklevel=1)
        return target(self, *args, **kwargs)

    method.__name__ = old
    method.__qualname__ = "TestCase." + old
    method.__doc__ = "Old name of %s (removed in Python 3.12)." % new
    return method


@shim("unittest-deprecated-aliases", removed_in="3.12",
      replacement="assertTrue, assertFalse, assertEqual, assertNotEqual, assertAlmostEqual, "
                  "assertNotAlmostEqual, assertRaises, assertRegex, assertRaisesRegex, "
                  "assertNotRegex", kind="alias")
def _deprecated_aliases(unittest, ctx):
    TestCase = unittest.TestCase
    for old, new in ALIASES.items():
        target = getattr(TestCase, new, None)
        if target is not None:
            ctx.restore(TestCase, old, _alias_method(ctx, old, new, target))


@_deprecated_aliases.hide
def _hide_deprecated_aliases(unittest):
    for old in ALIASES:
        if old in vars(unittest.TestCase):
            delattr(unittest.TestCase, old)


def _dict_subset_problems(subset, dictionary):
    """3.11's description of how `dictionary` fails to contain `subset`, or "" if it does."""
    from unittest.util import safe_repr
    absent, differing = [], []
    for key, expected in subset.items():
        if key in dictionary:
            actual = dictionary[key]
            if expected != actual:
                differing.append("%s, expected: %s, actual: %s"
                                 % (safe_repr(key), safe_repr(expected), safe_repr(actual)))
        else:
            absent.append(safe_repr(key))
    parts = []
    if absent:
        parts.append("Missing: " + ",".join(absent))
    if differing:
        parts.append("Mismatched values: " + ",".join(differing))
    return "; ".join(parts)


@shim("unittest-assertdictcontainssubset", removed_in="3.12",
      replacement="assertLessEqual(subset.items(), d.items()) or assertEqual(d, d | subset)",
      kind="method")
def _assert_dict_contains_subset(unittest, ctx):
    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        """Check that every key of `subset` is in `dictionary` with an equal value."""
        ctx.warn("unittest.TestCase.assertDictContainsSubset()", stacklevel=1)
        problems = _dict_subset_problems(subset, dictionary)
        if problems:
            self.fail(self._formatMessage(msg, problems))

    assertDictContainsSubset.__qualname__ = "TestCase.assertDictContainsSubset"
    ctx.restore(unittest.TestCase, "assertDictContainsSubset", assertDictContainsSubset)


@_assert_dict_contains_subset.hide
def _hide_assert_dict_contains_subset(unittest):
    if "assertDictContainsSubset" in vars(unittest.TestCase):
        del unittest.TestCase.assertDictContainsSubset


def _module_helpers(unittest, ctx):
    """makeSuite, findTestCases, getTestCaseNames: each builds a TestLoader set up from its
    arguments and asks it, warning first (as 3.11 and 3.12 did)."""
    loader_class = unittest.TestLoader
    default_sort = loader_class.sortTestMethodsUsing
    default_suite = unittest.TestSuite

    def configured(prefix, sort_using, suite_class=None, name_patterns=None):
        loader = loader_class()
        loader.testMethodPrefix = prefix
        loader.sortTestMethodsUsing = sort_using
        loader.testNamePatterns = name_patterns
        if suite_class:
            loader.suiteClass = suite_class
        return loader

    def getTestCaseNames(testCaseClass, prefix, sortUsing=default_sort,
                         testNamePatterns=None):
        ctx.warn("unittest.getTestCaseNames()",
                 instead="unittest.TestLoader().getTestCaseNames()", stacklevel=1)
        return configured(prefix, sortUsing, name_patterns=testNamePatterns) \
            .getTestCaseNames(testCaseClass)

    def makeSuite(testCaseClass, prefix="test", sortUsing=default_sort,
                  suiteClass=default_suite):
        ctx.warn("unittest.makeSuite()",
                 instead="unittest.TestLoader().loadTestsFromTestCase()", stacklevel=1)
        return configured(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)

    def findTestCases(module, prefix="test", sortUsing=default_sort,
                      suiteClass=default_suite):
        ctx.warn("unittest.findTestCases()",
                 instead="unittest.TestLoader().loadTestsFromModule()", stacklevel=1)
        return configured(prefix, sortUsing, suiteClass).loadTestsFromModule(module)

    return {"getTestCaseNames": getTestCaseNames, "makeSuite": makeSuite,
            "findTestCases": findTestCases}


@shim("unittest-makesuite-findtestcases", removed_in="3.13",
      replacement="unittest.TestLoader().loadTestsFromTestCase() / loadTestsFromModule() / "
                  "getTestCaseNames()", kind="function")
def _makesuite_findtestcases(unittest, ctx):
    loader_module = unittest.loader
    helpers = _module_helpers(unittest, ctx)
    for name in MODULE_HELPERS:
        helpers[name].__module__ = "unittest.loader"
        ctx.restore(loader_module, name, helpers[name])
        if ctx.restore(unittest, name, helpers[name]):
            names = unittest.__dict__.get("__all__")
            if isinstance(names, list) and name not in names:
                names.append(name)


@_makesuite_findtestcases.hide
def _hide_makesuite_findtestcases(unittest):
    for module in (unittest, unittest.loader):
        for name in MODULE_HELPERS:
            module.__dict__.pop(name, None)
    names = unittest.__dict__.get("__all__")
    if isinstance(names, list):
        names[:] = [n for n in names if n not in MODULE_HELPERS]


@shim("unittest-texttestresult-alias", removed_in="3.12", replacement="unittest.TextTestResult",
      kind="alias")
def _texttestresult_alias(unittest, ctx):
    runner = unittest.runner
    ctx.alias(unittest, "_TextTestResult", lambda: runner.TextTestResult,
              instead="unittest.TextTestResult")


@_texttestresult_alias.hide
def _hide_texttestresult_alias(unittest):
    unittest.__dict__.pop("_TextTestResult", None)


_USE_LOAD_TESTS_POSITIONAL = "loadTestsFromModule() takes 1 positional argument but %d were given"
_USE_LOAD_TESTS_KEYWORD = "loadTestsFromModule() got an unexpected keyword argument '%s'"


@shim("unittest-use-load-tests", removed_in="3.12",
      replacement="drop the argument (load_tests is always honoured)", kind="parameter")
def _use_load_tests(unittest, ctx):
    loader_class = unittest.TestLoader
    original = loader_class.__dict__["loadTestsFromModule"]
    if getattr(original, "_pythonc_use_load_tests", False):
        return

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        if not args and not kws:
            return original(self, module, pattern=pattern)
        if args or "use_load_tests" in kws:
            ctx.warn("the use_load_tests argument of TestLoader.loadTestsFromModule()",
                     instead="nothing (load_tests is always honoured)", stacklevel=1)
            kws.pop("use_load_tests", None)
        if len(args) > 1:
            raise TypeError(_USE_LOAD_TESTS_POSITIONAL % (len(args) + 1))
        if kws:
            raise TypeError(_USE_LOAD_TESTS_KEYWORD % next(iter(kws)))
        return original(self, module, pattern=pattern)

    loadTestsFromModule.__qualname__ = "TestLoader.loadTestsFromModule"
    loadTestsFromModule.__doc__ = original.__doc__
    loadTestsFromModule.__module__ = original.__module__
    loadTestsFromModule.__wrapped__ = original
    loadTestsFromModule._pythonc_use_load_tests = True
    loader_class.loadTestsFromModule = loadTestsFromModule


@_use_load_tests.hide
def _hide_use_load_tests(unittest):
    loader_class = unittest.TestLoader
    original = loader_class.__dict__["loadTestsFromModule"]

    def loadTestsFromModule(self, module, *, pattern=None):
        return original(self, module, pattern=pattern)

    loadTestsFromModule.__qualname__ = "TestLoader.loadTestsFromModule"
    loader_class.loadTestsFromModule = loadTestsFromModule


@shim("unittest-testprogram-usageexit", removed_in="3.13", replacement="nothing",
      kind="method")
def _testprogram_usageexit(unittest, ctx):
    def usageExit(self, msg=None):
        ctx.warn("unittest.TestProgram.usageExit()", stacklevel=1)
        import sys
        if msg:
            print(msg)
        if getattr(self, "_discovery_parser", None) is None:
            self._initArgParsers()
        self._print_help()
        sys.exit(2)

    usageExit.__qualname__ = "TestProgram.usageExit"
    usageExit.__module__ = "unittest.main"
    ctx.restore(unittest.TestProgram, "usageExit", usageExit)


@_testprogram_usageexit.hide
def _hide_testprogram_usageexit(unittest):
    program = unittest.TestProgram
    if "usageExit" in vars(program):
        del program.usageExit


@shim("unittest-mock-version", target="unittest.mock", removed_in="3.9",
      replacement="sys.version_info", kind="alias")
def _mock_version(mock, ctx):
    ctx.alias(mock, "__version__", lambda: "1.0", what="unittest.mock.__version__")


@_mock_version.hide
def _hide_mock_version(mock):
    mock.__dict__.pop("__version__", None)


@shim("unittest-addduration-warning", removed_in="3.12", kind="behaviour-change",
      replacement="an addDuration(test, elapsed) method on the result (or derive it from "
                  "unittest.TestResult)")
def _addduration_warning(unittest, ctx):
    import _compat
    _compat._apply_native("unittest-addduration-warning")
