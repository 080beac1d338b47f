"""Shim case unittest-assertdictcontainssubset: TestCase.assertDictContainsSubset (removed in 3.12).

3.2-3.11 warned (DeprecationWarning) on every call, before checking.  3.6-3.9 attributed the
warning to unittest/case.py, 3.10-3.11 to the caller, so only the category is printed here.
Failure message format (3.6 = 3.8 = 3.11): "Missing: 'b','c'" (keys in subset order, joined by
"," with no space), "Mismatched values: 'a', expected: 1, actual: 10,'b', expected: 2, actual: 20"
(one entry per key, also joined by ","), the two parts joined by "; "; then the usual
longMessage handling of msg=.
"""
import io
import re
import unittest
import warnings

tc = unittest.TestCase()

CASES = [
    ("equal", {"a": 1}, {"a": 1}),
    ("proper subset", {"a": 1}, {"a": 1, "b": 2}),
    ("empty subset", {}, {"x": 1}),
    ("both empty", {}, {}),
    ("one missing", {"a": 1, "c": 3}, {"a": 1}),
    ("two missing", {"b": 2, "c": 3, "a": 1}, {"a": 1}),
    ("one mismatch", {"a": 1, "b": 3}, {"a": 2, "b": 3}),
    ("two mismatches", {"a": 1, "b": 2}, {"a": 10, "b": 20}),
    ("missing and mismatch", {"z": 1, "a": 5, "q": 3}, {"a": 2, "q": 3}),
    ("string values", {"name": "x"}, {"name": "y"}),
    ("None value", {"k": None}, {"k": 0}),
    ("missing None key", {None: 1}, {}),
    ("tuple key", {(1, 2): [3]}, {(1, 2): [4]}),
    ("1 == 1.0", {"n": 1}, {"n": 1.0}),
]

print("== direct calls")
for label, subset, dictionary in CASES:
    for msg in (None, "extra info"):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                result = repr(tc.assertDictContainsSubset(subset, dictionary, msg))
            except AssertionError as exc:
                result = "AssertionError: %s" % exc
        print(label, "|", msg, "|", result, [issubclass(w.category, DeprecationWarning) for w in caught])

print("== keywords and longMessage")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(tc.assertDictContainsSubset(subset={"a": 1}, dictionary={"a": 1, "b": 2}))
    try:
        tc.assertDictContainsSubset({"a": 1}, {"a": 2}, msg="as keyword")
    except AssertionError as exc:
        print("AssertionError:", exc)
    tc.longMessage = False
    for msg in (None, "only this"):
        try:
            tc.assertDictContainsSubset({"a": 1, "b": 2}, {"a": 2}, msg)
        except AssertionError as exc:
            print("longMessage=False:", msg, "|", exc)
    tc.longMessage = True
print([issubclass(w.category, DeprecationWarning) for w in caught])

print("== non-dict arguments")
with warnings.catch_warnings(record=True):
    warnings.simplefilter("always")
    for subset, dictionary in (([("a", 1)], {"a": 1}), ({"a": 1}, [("a", 1)])):
        try:
            print(tc.assertDictContainsSubset(subset, dictionary))
        except Exception as exc:
            print(type(exc).__name__)


class Legacy(unittest.TestCase):
    def test_config_has_defaults(self):
        config = {"debug": False, "port": 8080, "host": "localhost"}
        self.assertDictContainsSubset({"port": 8080}, config)

    def test_config_missing_key(self):
        self.assertDictContainsSubset({"timeout": 30}, {"port": 8080})

    def test_config_wrong_value(self):
        self.assertDictContainsSubset({"port": 80}, {"port": 8080}, "port check")


print("== run through TextTestRunner")
stream = io.StringIO()
with warnings.catch_warnings(record=True):
    warnings.simplefilter("always")
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(Legacy)
    result = unittest.TextTestRunner(stream=stream).run(suite)
output = stream.getvalue().splitlines()
print("progress:", output[0], "|", output[-1])
print("run:", result.testsRun, "failures:", len(result.failures), "errors:", len(result.errors))
for test, formatted in result.failures:
    lines = formatted.splitlines()
    print("--", test.id(), "|", [line for line in lines if re.match(r"AssertionError\b", line)])
