"""With no compatibility requested, pythonc is indistinguishable from python3."""
import os
import signal
import subprocess
import sys
import tempfile

from clitest import (PYTHONC, REFERENCE, TestCase, env, main, normalize, pythonc, reference)

PRINT_STATE = r"""
import sys, json
print(json.dumps({
    "argv": sys.argv, "flags": repr(sys.flags), "path": sys.path, "prefix": sys.prefix,
    "base_prefix": sys.base_prefix, "exec_prefix": sys.exec_prefix,
    "warnoptions": sys.warnoptions, "xoptions": sys._xoptions,
    "meta_path": [getattr(f, "__name__", type(f).__name__) for f in sys.meta_path],
    "path_hooks": [getattr(h, "__qualname__", type(h).__name__) for h in sys.path_hooks],
    "modules": sorted(m for m in sys.modules if m != "_compat"),
    "stdout_enc": sys.stdout.encoding, "filesystem_enc": sys.getfilesystemencoding(),
    "dont_write_bytecode": sys.dont_write_bytecode, "main": __name__,
}, indent=1, sort_keys=True))
"""


class VersionAndHelp(TestCase):
    def test_version(self):
        for opt in ("-V", "--version", "-VV"):
            self.assertSameAsPython(opt)

    def test_help_shows_pythonc_then_python_usage(self):
        r = pythonc("-h")
        self.assertEqual(r.rc, 0)
        self.assertIn("--compat V", r.out)
        self.assertIn("--min-compat V", r.out)
        ref = reference("-h")
        usage = normalize(ref.out, REFERENCE)
        self.assertTrue(normalize(r.out, PYTHONC).endswith(usage), r.out)
        self.assertLess(r.out.index("--compat V"), r.out.index("usage:"))

    def test_unknown_option_like_python(self):
        self.assertSameAsPython("-Z")
        self.assertSameAsPython("--no-such-option")


class State(TestCase):
    """sys.argv, sys.flags, sys.path, prefixes, warnings, -X: same under every option mix."""

    OPTION_SETS = [
        [], ["-I"], ["-E"], ["-S"], ["-s"], ["-u"], ["-B"], ["-O"], ["-OO"], ["-b"], ["-bb"],
        ["-q"], ["-R"], ["-I", "-S"], ["-E", "-s", "-B"], ["-W", "error", "-W", "ignore::UserWarning"],
        ["-Wdefault"], ["-X", "dev"], ["-X", "utf8"], ["-X", "utf8=0"], ["-Xfaulthandler"],
        ["-X", "int_max_str_digits=5000"], ["-X", "frozen_modules=off"], ["-bEsS"],
        ["--check-hash-based-pycs", "always"],
    ]

    def test_c_with_options(self):
        for opts in self.OPTION_SETS:
            with self.subTest(opts=opts):
                self.assertSameAsPython(*opts, "-c", PRINT_STATE, "a1", "--compat", "3.8")

    def test_script_and_args(self):
        with tempfile.TemporaryDirectory() as d:
            script = os.path.join(d, "s.py")
            with open(script, "w") as f:
                f.write(PRINT_STATE)
            for opts in ([], ["-I"], ["-S", "-s"], ["-O"]):
                with self.subTest(opts=opts):
                    self.assertSameAsPython(*opts, script, "x", "-h", "--compat=3.8", cwd=d)
            self.assertSameAsPython("--", script, "y", cwd=d)

    def test_module(self):
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, "m.py"), "w") as f:
                f.write(PRINT_STATE)
            self.assertSameAsPython("-m", "m", "arg", cwd=d)
            self.assertSameAsPython("-Im", "json.tool", input='{"b": 1, "a": [1, 2]}', cwd=d)

    def test_stdin(self):
        self.assertSameAsPython(input=PRINT_STATE)
        self.assertSameAsPython("-", "a", "b", input=PRINT_STATE)

    def test_environment_variables(self):
        self.assertSameAsPython("-c", PRINT_STATE, PYTHONDONTWRITEBYTECODE="1",
                                PYTHONWARNINGS="error::DeprecationWarning", PYTHONPATH="/nonexistent")
        self.assertSameAsPython("-E", "-c", PRINT_STATE, PYTHONPATH="/nonexistent")
        self.assertSameAsPython("-c", PRINT_STATE, PYTHONHASHSEED="0")

    def test_bad_cpython_settings_fail_like_python(self):
        self.assertSameAsPython("-c", "pass", PYTHONHASHSEED="nonsense")
        self.assertSameAsPython("-X", "int_max_str_digits=abc", "-c", "pass")


class ExitAndErrors(TestCase):
    def test_exit_statuses(self):
        for code in ("import sys; sys.exit(3)", "raise SystemExit('bye')", "raise SystemExit",
                     "import os; os._exit(7)", "1/0", "raise KeyboardInterrupt",
                     "import sys; sys.exit(None)", "import sys; sys.stdout.close(); print(1)"):
            with self.subTest(code=code):
                self.assertSameAsPython("-c", code)

    def test_syntax_error_and_missing_script(self):
        self.assertSameAsPython("-c", "def (")
        self.assertSameAsPython("/nonexistent/script.py")
        self.assertSameAsPython("-m", "no_such_module_xyz")

    def test_signal_exit(self):
        # A KeyboardInterrupt at top level ends the process by SIGINT, like python3.
        code = "import os, signal; os.kill(os.getpid(), signal.SIGINT); import time; time.sleep(5)"
        a = pythonc("-c", code)
        b = reference("-c", code)
        self.assertEqual(a.rc, b.rc)
        self.assertEqual(a.rc, -signal.SIGINT)
        code = "import os, signal; os.kill(os.getpid(), signal.SIGTERM)"
        self.assertEqual(pythonc("-c", code).rc, -signal.SIGTERM)


class Interactive(TestCase):
    def test_interactive_after_c(self):
        self.assertSameAsPython("-i", "-c", "y = 2", input="print(y * 21)\n")

    def test_repl_from_stdin_pipe(self):
        self.assertSameAsPython("-i", input="x = 6\nprint(x * 7)\nraise ValueError('v')\n")


class Executable(TestCase):
    def test_sys_executable_is_pythonc(self):
        r = pythonc("-c", "import sys; print(sys.executable)")
        self.assertEqual(r.rc, 0)
        self.assertEqual(os.path.realpath(r.out.strip()), os.path.realpath(PYTHONC))

    def test_subprocess_reruns_pythonc(self):
        r = pythonc("-c", "import subprocess, sys; subprocess.run([sys.executable, '-c', "
                    "'import sys; print(hasattr(sys, \"get_python_compat_version\"))'])")
        self.assertEqual((r.rc, r.out), (0, "True\n"), r)

    def test_venv_runs_pythonc(self):
        with tempfile.TemporaryDirectory() as d:
            venv = os.path.join(d, "env")
            r = pythonc("-m", "venv", "--without-pip", venv)
            self.assertEqual(r.rc, 0, r)
            r = run_in(os.path.join(venv, "bin", "python"), "-c",
                       "import sys; print(sys.prefix == sys.exec_prefix, sys.prefix != sys.base_prefix,"
                       " hasattr(sys, 'get_python_compat_version'))")
            self.assertEqual(r.out, "True True True\n", r)


def run_in(exe, *args):
    from clitest import run
    return run(exe, *args)


if __name__ == "__main__":
    main()
