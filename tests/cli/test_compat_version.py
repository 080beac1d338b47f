"""The compatibility version: sources, semantics, bad input, children, the sys API."""
import os
import tempfile

from clitest import TestCase, main, pythonc, reference

GET = "import sys; print(sys.get_python_compat_version())"
RUNNING = "import sys; print(tuple(sys.version_info[:3]))"

BAD_VERSIONS = ["abc", "3", "3.x", "3.8.1.2", "2.7", "", "-3.8", "3.8.", ".8", "3..8",
                "3.256", "3.99999999999999999999", "+3.8", " 3.8", "3.8a1", "3.08",
                "3,8", "\u00e9", "3.8\x1b[2J", "x" * 5000]


class Sources(TestCase):
    def running(self):
        return pythonc("-c", RUNNING).out

    def test_default_is_running_version(self):
        r = pythonc("-c", GET)
        self.assertEqual(r.out, self.running())

    def test_each_source(self):
        for args, env in ((["--compat", "3.8"], {}), (["--compat=3.8"], {}),
                          (["-X", "compat_version=3.8"], {}), (["-Xcompat_version=3.8"], {}),
                          ([], {"PYTHONCOMPATVERSION": "3.8"}),
                          ([], {"PYTHONC_INHERIT": "3.8.0:"})):
            with self.subTest(args=args, env=env):
                r = pythonc(*args, "-c", GET, **env)
                self.assertEqual((r.rc, r.out, r.err), (0, "(3, 8, 0)\n", ""))

    def test_micro_and_minimum_of_all(self):
        r = pythonc("--compat", "3.9", "-X", "compat_version=3.8.5", "--compat=3.10", "-c", GET,
                    PYTHONCOMPATVERSION="3.9.1")
        self.assertEqual(r.out, "(3, 8, 5)\n")

    def test_above_running_means_no_compat(self):
        r = pythonc("--compat", "3.200", "-c", GET + "; print(sys.modules.get('_compat_engine'))")
        self.assertEqual(r.out, self.running() + "None\n")

    def test_environment_ignored_under_E_and_I(self):
        for flag in ("-E", "-I", "-sE"):
            with self.subTest(flag=flag):
                r = pythonc(flag, "-c", GET, PYTHONCOMPATVERSION="3.8",
                            PYTHONCOMPATMINVERSION="garbage")
                self.assertEqual((r.rc, r.out), (0, self.running()), r)

    def test_empty_variable_is_unset(self):
        r = pythonc("-c", GET, PYTHONCOMPATVERSION="")
        self.assertEqual(r.out, self.running())

    def test_options_after_the_program_belong_to_it(self):
        r = pythonc("-c", "import sys; print(sys.argv[1:]); " + GET, "--compat", "3.8")
        self.assertEqual(r.out, "['--compat', '3.8']\n" + self.running())
        with tempfile.TemporaryDirectory() as d:
            script = os.path.join(d, "s.py")
            with open(script, "w") as f:
                f.write("import sys; print(sys.argv[1:])\n" + GET + "\n")
            r = pythonc(script, "--compat=3.8")
            self.assertEqual(r.out, "['--compat=3.8']\n" + self.running())

    def test_xoption_is_visible_like_any_x_option(self):
        r = pythonc("-X", "compat_version=3.8", "-c", "import sys; print(sys._xoptions)")
        self.assertEqual(r.out, "{'compat_version': '3.8'}\n")


class BadInput(TestCase):
    def test_malformed_versions_every_source(self):
        for bad in BAD_VERSIONS:
            for args, env, name in (
                    (["--compat", bad], {}, "--compat"),
                    (["--compat=" + bad], {}, "--compat"),
                    (["--min-compat", bad], {}, "--min-compat"),
                    (["-X", "compat_version=" + bad], {}, "-X compat_version"),
                    (["-X", "min_compat_version=" + bad], {}, "-X min_compat_version"),
                    ([], {"PYTHONCOMPATVERSION": bad}, "PYTHONCOMPATVERSION"),
                    ([], {"PYTHONCOMPATMINVERSION": bad}, "PYTHONCOMPATMINVERSION")):
                if not bad and env:
                    continue        # an empty variable is unset, as for every PYTHON* variable
                if "\x00" in bad:
                    continue
                with self.subTest(bad=bad, source=name):
                    r = pythonc(*args, "-c", "print('user code ran')", **env)
                    self.assertUsageError(r, name, "expected MAJOR.MINOR[.MICRO]")

    def test_hostile_bytes_are_escaped(self):
        r = pythonc("--compat", "3.8\x1b[2J\x07", "-c", "pass")
        self.assertUsageError(r, "\\x1b[2J\\x07")
        self.assertNotIn("\x1b", r.err)
        r = pythonc("--compat", "9" * 100000, "-c", "pass")
        self.assertUsageError(r)
        self.assertLess(len(r.err), 400)

    def test_missing_values(self):
        self.assertUsageError(pythonc("--compat"), "--compat needs a value")
        self.assertUsageError(pythonc("--min-compat"), "--min-compat needs a value")
        self.assertUsageError(pythonc("-X", "compat_version", "-c", "pass"),
                              "-X compat_version needs a value")
        self.assertUsageError(pythonc("-X", "min_compat_version", "-c", "pass"),
                              "-X min_compat_version needs a value")

    def test_request_below_floor_names_both_sources(self):
        r = pythonc("--compat", "3.6", "-c", "pass", PYTHONCOMPATMINVERSION="3.8")
        self.assertUsageError(r, "--compat 3.6", "PYTHONCOMPATMINVERSION=3.8")
        r = pythonc("-X", "min_compat_version=3.9", "--compat=3.8", "-c", "pass")
        self.assertUsageError(r, "--compat 3.8", "-X min_compat_version=3.9")
        r = pythonc("--min-compat", "3.7", "-c", "pass", PYTHONCOMPATVERSION="3.6")
        self.assertUsageError(r, "PYTHONCOMPATVERSION=3.6", "--min-compat 3.7")

    def test_floor_alone_is_fine(self):
        r = pythonc("--min-compat", "3.6", "--compat", "3.6", "-c", GET)
        self.assertEqual((r.rc, r.out), (0, "(3, 6, 0)\n"))

    def test_malformed_inherited_state(self):
        r = pythonc("-c", "pass", PYTHONC_INHERIT="3.8")
        self.assertUsageError(r, "PYTHONC_INHERIT")


class Children(TestCase):
    CHILD = ("import subprocess, sys; r = subprocess.run([sys.executable] + %r + ['-c', "
             "'import sys; print(sys.get_python_compat_version())'], stdout=subprocess.PIPE, "
             "universal_newlines=True); print(r.stdout, end='')")

    def test_subprocess_inherits_even_isolated(self):
        for flags in ([], ["-I"], ["-E"]):
            with self.subTest(flags=flags):
                r = pythonc("--compat", "3.8", "-c", self.CHILD % (flags,))
                self.assertEqual(r.out, "(3, 8, 0)\n", r)

    def test_runtime_lowering_reaches_children_and_floor_too(self):
        code = ("import sys; sys.set_python_compat_version((3, 7)); "
                + self.CHILD % (["--compat", "3.6"],))
        r = pythonc("--min-compat", "3.7", "-c", code)
        self.assertEqual(r.rc, 0, r)
        self.assertIn("pythonc: --compat 3.6: compatibility version 3.6.0 is below the minimum 3.7.0", r.err)
        r = pythonc("-c", "import sys, os; sys.set_python_compat_version((3, 9)); "
                    "print(os.environ['PYTHONC_INHERIT'])")
        self.assertEqual(r.out, "3.9.0:\n")

    def test_no_compat_leaves_environment_alone(self):
        r = pythonc("-c", "import os; print('PYTHONC_INHERIT' in os.environ)")
        self.assertEqual(r.out, "False\n")

    def test_multiprocessing_workers(self):
        code = r"""
import multiprocessing as mp, sys
def f(_):
    import sys
    return sys.get_python_compat_version()
if __name__ == "__main__":
    for method in ("spawn", "forkserver", "fork"):
        with mp.get_context(method).Pool(1) as pool:
            print(method, pool.map(f, [0])[0])
"""
        with tempfile.TemporaryDirectory() as d:
            script = os.path.join(d, "mp.py")
            with open(script, "w") as fh:
                fh.write(code)
            for flags in ([], ["-I"]):
                with self.subTest(flags=flags):
                    r = pythonc(*flags, "--compat", "3.8", script, cwd=d)
                    self.assertEqual(r.out, "spawn (3, 8, 0)\nforkserver (3, 8, 0)\n"
                                            "fork (3, 8, 0)\n", r)


class SysApi(TestCase):
    def check(self, code, expected, *args):
        r = pythonc(*args, "-c", code)
        self.assertEqual((r.rc, r.out), (0, expected), r)

    def test_functions_installed_before_site(self):
        # sitecustomize is user code: the functions must already be there.
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, "sitecustomize.py"), "w") as f:
                f.write("import sys\nsys.set_python_compat_version((3, 7))\n")
            r = pythonc("-c", GET, PYTHONPATH=d)
            self.assertEqual((r.rc, r.out), (0, "(3, 7, 0)\n"), r)

    def test_semantics(self):
        # Versions below the running one (3.8 at the oldest): 3.7, 3.6.2, 3.7.1, floor 3.6.
        self.check("import sys\n"
                   "sys.set_python_compat_version((3, 7))\n"
                   "sys.set_python_compat_version((3, 6, 2))\n"
                   "sys.set_python_compat_version((3, 7, 1))\n"
                   "print(sys.get_python_compat_version())\n"
                   "sys.set_python_min_compat_version((3, 6))\n"
                   "try: sys.set_python_compat_version((3, 5))\n"
                   "except ValueError as e: print('ValueError', 'below the minimum' in str(e))\n"
                   "try: sys.set_python_min_compat_version((3, 6, 3))\n"
                   "except ValueError as e: print('ValueError', 'is above the version' in str(e))\n"
                   "print(sys.get_python_compat_version())\n",
                   "(3, 6, 2)\nValueError True\nValueError True\n(3, 6, 2)\n")

    def test_types_and_values(self):
        code = r"""
import sys
class T(tuple): pass
class I(int): pass
ok = [(3, 8), (3, 8, 1), T((3, 9)), (I(3), 9)]
bad_type = ["3.8", 3.8, [3, 8], (3,), (3, 8, 0, 0), (3.0, 8), ("3", "8"), (True, 8), None, (3, 8, None)]
bad_value = [(2, 7), (3, -1), (3, 256), (3, 2**64), (-3, 8), (0, 0)]
for v in ok:
    sys.set_python_compat_version(v)
print(sys.get_python_compat_version())
for f in (sys.set_python_compat_version, sys.set_python_min_compat_version):
    for v in bad_type:
        try: f(v)
        except TypeError: pass
        else: print("no TypeError", f.__name__, v)
    for v in bad_value:
        try: f(v)
        except ValueError: pass
        else: print("no ValueError", f.__name__, v)
try: sys.get_python_compat_version(1)
except TypeError: print("getter takes no argument")
print(sys.get_python_compat_version(), type(sys.get_python_compat_version()[0]))
"""
        self.check(code, "(3, 8, 0)\ngetter takes no argument\n(3, 8, 0) <class 'int'>\n")

    def test_threads(self):
        code = r"""
import sys, threading, random
def worker(seed):
    rnd = random.Random(seed)
    for _ in range(200):
        try:
            sys.set_python_compat_version((3, rnd.randint(8, 40)))
        except ValueError:
            pass
        sys.get_python_compat_version()
threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print(sys.get_python_compat_version())
"""
        self.check(code, "(3, 8, 0)\n")


if __name__ == "__main__":
    main()
