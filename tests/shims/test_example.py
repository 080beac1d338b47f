"""The README's example: unchanged old code under pythonc --compat 3.8 prints what the real
3.8 printed (tests/shims/example-legacy-inventory.expected), and fails without --compat."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLE = os.path.join(os.path.dirname(os.path.dirname(HERE)), "examples", "legacy_inventory.py")
EXPECTED = os.path.join(HERE, "example-legacy-inventory.expected")


class Example(unittest.TestCase):
    maxDiff = None

    def test_runs_like_the_real_old_interpreter(self):
        oracle, want = harness.expected(EXPECTED)
        rc, out, err = harness.run([harness.PYTHONC, "--compat", "3.8", "-W", "ignore", EXAMPLE])
        self.assertEqual((rc, out), (0, want), err)

    def test_fails_without_compat(self):
        if harness.running_version() < (3, 10):
            self.skipTest("this runtime still has every API the example uses")
        rc, out, err = harness.run([harness.PYTHONC, "-W", "ignore", EXAMPLE])
        self.assertNotEqual(rc, 0)
        self.assertIn("AttributeError", err)


if __name__ == "__main__":
    unittest.main(verbosity=2)
