"""Shared helpers for the CLI tests: run the built pythonc and the reference python3 of the
same installation with a scrubbed environment, and compare what a user can observe."""
import os
import re
import subprocess
import sys
import tempfile
import unittest

PYTHONC = os.environ.get("PYTHONC")
REFERENCE = os.environ.get("PYTHONC_REFERENCE_PYTHON")
SOURCE_DIR = os.environ.get("PYTHONC_SOURCE_DIR",
                            os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
if not PYTHONC or not REFERENCE:
    sys.exit("set PYTHONC and PYTHONC_REFERENCE_PYTHON (ctest does)")


def env(**extra):
    """Environment without PYTHON* variables (and without pythonc's hand-over), plus extra."""
    out = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    for k, v in extra.items():
        if v is None:
            out.pop(k, None)
        else:
            out[k] = v
    return out


class Result:
    def __init__(self, proc):
        self.rc = proc.returncode
        self.out = proc.stdout
        self.err = proc.stderr

    def __repr__(self):
        return "Result(rc=%r, out=%r, err=%r)" % (self.rc, self.out[-2000:], self.err[-2000:])


def run(exe, *args, input=None, cwd=None, timeout=120, **envextra):
    proc = subprocess.run([exe] + list(args), input=input, cwd=cwd or tempfile.gettempdir(),
                          env=env(**envextra), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True, timeout=timeout)
    return Result(proc)


def pythonc(*args, **kw):
    return run(PYTHONC, *args, **kw)


def reference(*args, **kw):
    return run(REFERENCE, *args, **kw)


def normalize(text, exe):
    """Replace the program's own path, as CPython prints it in usage and errors."""
    return text.replace(exe, "<python>")


class TestCase(unittest.TestCase):
    maxDiff = None

    def assertSameAsPython(self, *args, input=None, check_err=True, cwd=None, **envextra):
        """pythonc and python3 print the same and exit the same way."""
        a = pythonc(*args, input=input, cwd=cwd, **envextra)
        b = reference(*args, input=input, cwd=cwd, **envextra)
        self.assertEqual(a.rc, b.rc, (a, b))
        self.assertEqual(normalize(a.out, PYTHONC), normalize(b.out, REFERENCE))
        if check_err:
            self.assertEqual(normalize(a.err, PYTHONC), normalize(b.err, REFERENCE))
        return a

    def assertUsageError(self, result, *fragments):
        """Exit status 2, exactly one stderr line 'pythonc: ...', no traceback, no output."""
        self.assertEqual(result.rc, 2, result)
        lines = result.err.splitlines()
        self.assertEqual(len(lines), 1, result)
        self.assertTrue(lines[0].startswith("pythonc: "), result)
        self.assertNotIn("Traceback", result.err)
        self.assertEqual(result.out, "")
        for f in fragments:
            self.assertIn(f, lines[0])


def main():
    unittest.main(verbosity=2)
