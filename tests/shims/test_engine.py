"""The shim engine inside pythonc: laziness, zero cost when off, lowering at run time,
warnings, observability, threads, failed imports, never shadowing, frozen code only."""
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402


RUNNING = harness.running_version()
# The engine is exercised with collections-abc-aliases (removed in 3.10). On older runtimes,
# which still have the aliases, it runs in simulated-removal mode: the originals are hidden
# first, so every expectation below holds on every runtime.
SIMULATED = RUNNING < (3, 10)
SIM_ENV = {"PYTHONC_SIMULATE_REMOVAL": "collections-abc-aliases"} if SIMULATED else {}


def run(code, *args, **env):
    """Run code in pythonc (hermetic environment); return (rc, stdout, stderr)."""
    merged = dict(SIM_ENV)
    merged.update(env)
    return harness.run([harness.PYTHONC] + list(args) + ["-c", textwrap.dedent(code)],
                       env=harness.scrubbed_env(**merged))


class EngineTest(unittest.TestCase):
    maxDiff = None

    def check(self, code, expected, *args, **env):
        rc, out, err = run(code, *args, **env)
        self.assertEqual((rc, out), (0, expected), err)
        return err


class ZeroCost(EngineTest):
    def test_simulated_removal_without_compat_hides_only(self):
        self.check("""
            import collections
            print(hasattr(collections, 'Mapping'))
            try:
                import imp
            except ModuleNotFoundError as e:
                print(e)
        """, "False\nNo module named 'imp'\n", "-I",
            PYTHONC_SIMULATE_REMOVAL="collections-abc-aliases,imp-module")

    def test_nothing_loaded_without_compat(self):
        self.check("""
            import sys
            print('_compat_engine' in sys.modules, [f for f in sys.meta_path if 'Shim' in repr(f)])
            import collections, inspect
            print('_compat_engine' in sys.modules, hasattr(collections, 'Mapping') == %r)
        """ % SIMULATED, "False []\nFalse True\n", "-I", PYTHONC_SIMULATE_REMOVAL=None)

    def test_micro_lowering_without_active_shim_loads_nothing(self):
        self.check("""
            import sys
            v = sys.version_info
            if v.micro:
                sys.set_python_compat_version((v.major, v.minor, v.micro - 1))
            print('_compat_engine' in sys.modules)
        """, "False\n", "-I", PYTHONC_SIMULATE_REMOVAL=None)

    def test_machinery_appears_when_lowered(self):
        # (Under simulated removal the engine is there from the start, to hide the original.)
        self.check("""
            import sys
            def finder():
                return any(type(f).__name__ == 'ShimFinder' for f in sys.meta_path)
            before = finder()
            sys.set_python_compat_version((3, 8))
            print(before, finder())
        """, "%s True\n" % SIMULATED, "-I")

    def test_no_module_imported_on_behalf_of_shims(self):
        # With compat on, start-up imports nothing beyond what python3 imports: the Python
        # engine waits for the first import of a module some shim targets. (-S: a .pth file
        # in site-packages may import such a module, and then the engine rightly starts.)
        rc, plain, err = run("import sys; print(sorted(sys.modules))", "-I", "-S",
                             PYTHONC_SIMULATE_REMOVAL=None)
        rc2, compat, err2 = run("import sys; print(sorted(sys.modules))", "-I", "-S",
                                "--compat", "3.6", PYTHONC_SIMULATE_REMOVAL=None)
        self.assertEqual(set(eval(compat)) ^ set(eval(plain)), set(), err2)
        rc3, later, err3 = run("import sys, collections; print('_compat_engine' in sys.modules)",
                               "-I", "--compat", "3.6", PYTHONC_SIMULATE_REMOVAL=None)
        self.assertEqual(later, "True\n", err3)


    def test_shims_import_nothing_on_their_own(self):
        # Importing modules that shims target imports exactly what it imports without
        # compat, plus the engine: a shim looks up what it needs when it is used.
        mods = ["asyncio", "inspect", "unittest", "unittest.mock", "collections", "enum",
                "configparser", "json", "xml.etree.ElementTree", "email.utils",
                "http.client", "logging", "argparse", "base64", "threading", "fractions",
                "html.parser", "plistlib", "typing", "bz2", "symtable", "traceback", "locale",
                "random", "gettext", "re", "math", "shlex", "gzip", "ast", "sqlite3", "pty",
                "pathlib", "multiprocessing", "importlib.util", "importlib.metadata",
                "pkgutil", "urllib.request", "ftplib", "imaplib", "poplib", "smtplib",
                "array", "fileinput"]
        code = ("import sys\nfor m in %r: __import__(m)\nprint(sorted(sys.modules))" % mods)
        rc, plain, err = run(code, "-I", "-S", PYTHONC_SIMULATE_REMOVAL=None)
        self.assertEqual(rc, 0, err)
        rc2, compat, err2 = run(code, "-I", "-S", "-W", "ignore", "--compat", "3.6",
                                PYTHONC_SIMULATE_REMOVAL=None)
        self.assertEqual(rc2, 0, err2)
        extra = set(eval(compat)) ^ set(eval(plain))
        # (typing.io and typing.re are themselves restored: up to 3.12 `import typing` put
        # them in sys.modules.)
        self.assertLessEqual(extra, {"_compat_engine", "typing.io", "typing.re"})


class Lowering(EngineTest):
    def test_already_imported_module_is_patched(self):
        self.check("""
            import collections, sys
            print(hasattr(collections, 'Mapping'))
            sys.set_python_compat_version((3, 8))
            print(collections.Mapping is __import__('collections.abc').abc.Mapping)
        """, "False\nTrue\n", "-I", "-W", "ignore")

    def test_above_removal_is_not_restored(self):
        self.check("""
            import sys
            sys.set_python_compat_version((3, 10))
            import collections
            print(hasattr(collections, 'Mapping'))
        """, "False\n", "-I")


class Warnings(EngineTest):
    def test_category_message_and_caller_line(self):
        self.check("""
            import warnings, collections, _compat
            with warnings.catch_warnings(record=True) as w:
                warnings.simplefilter('always')
                collections.Mapping                      # line 5
            x = w[0]
            print(x.category is _compat.CompatDeprecationWarning,
                  issubclass(x.category, DeprecationWarning), x.filename, x.lineno)
            print(str(x.message))
        """, "True True <string> 5\ncollections.Mapping was removed in Python 3.10; use "
             "collections.abc.Mapping instead [pythonc: collections-abc-aliases]\n",
            "-I", "--compat", "3.8")

    def test_error_filter_raises_and_category_filter_silences(self):
        rc, out, err = run("import collections; collections.Mapping", "-I", "-W", "error",
                           "--compat", "3.8")
        self.assertEqual(rc, 1)
        self.assertIn("_compat.CompatDeprecationWarning: collections.Mapping was removed", err)
        rc, out, err = run("import collections; collections.Mapping; print('ok')", "-I",
                           "-W", "error::DeprecationWarning",
                           "-W", "ignore::_compat.CompatDeprecationWarning", "--compat", "3.8")
        self.assertEqual((rc, out, err), (0, "ok\n", ""))

    def test_default_filters_show_in_main_only(self):
        rc, out, err = run("import collections; collections.Mapping", "-I", "--compat", "3.8")
        self.assertIn("CompatDeprecationWarning", err)


class Observability(EngineTest):
    def test_counts_first_caller_and_catalog(self):
        self.check("""
            import collections, _compat
            for _ in range(3):
                collections.Sequence                     # line 4
            collections.Mapping
            # (as on 3.8, a name warns at its first use, then is a plain attribute)
            s = {e['id']: e for e in _compat.shims()}['collections-abc-aliases']
            print(s['uses'], s['first_use'], s['active'], s['removed_in'], s['module'])
        """, "2 ('<string>', 4) True 3.10 collections\n", "-I", "-W", "ignore",
            "--compat", "3.8")

    def test_disable_before_import(self):
        self.check("""
            import _compat, sys
            _compat.disable('collections-abc-aliases')
            import collections
            print(hasattr(collections, 'Mapping') == %r)
            try:
                _compat.disable('no-such-shim')
            except KeyError:
                print('KeyError')
        """ % SIMULATED, "True\nKeyError\n", "-I", "-S", "--compat", "3.8")

    def test_security_rows_not_restorable(self):
        self.check("""
            import _compat
            s = {e['id']: e for e in _compat.shims()}
            for i in ('ssl-wrap-socket', 'tarfile-default-data-filter', 'xml-sax-external-entities'):
                print(i, s[i]['restorable'], s[i]['active'], bool(s[i]['reason']))
            import ssl
            print(hasattr(ssl, 'wrap_socket') == (__import__('sys').version_info < (3, 12)))
        """, "ssl-wrap-socket False False True\ntarfile-default-data-filter False False True\n"
             "xml-sax-external-entities False False True\nTrue\n", "-I", "--compat", "3.6")


class NeverShadow(EngineTest):
    @unittest.skipIf(SIMULATED, "simulated removal hides every alias, the user's too")
    def test_existing_attribute_wins(self):
        self.check("""
            import collections, sys
            collections.Mapping = 'mine'
            sys.set_python_compat_version((3, 8))
            print(collections.Mapping)
        """, "mine\n", "-I")

    def test_real_module_wins_over_restored_module(self):
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, "imp.py"), "w") as f:
                f.write("WHO = 'the real one'\n")
            rc, out, err = harness.run([harness.PYTHONC, "--compat", "3.8", "-c",
                                        "import imp; print(getattr(imp, 'WHO', 'restored'))"],
                                       env=harness.scrubbed_env(PYTHONPATH=d))
            self.assertEqual((rc, out), (0, "the real one\n"), err)


class Imports(EngineTest):
    def test_failed_import_leaves_nothing_and_retry_works(self):
        self.check("""
            import sys
            for name in [m for m in sys.modules if m == 'collections' or m.startswith('collections.')]:
                del sys.modules[name]            # site may have imported it: start afresh
            sys.modules['reprlib'] = None        # collections imports reprlib: make it fail
            try:
                import collections
                print('imported?!')
            except ImportError:
                print('failed', 'collections' in sys.modules)
            del sys.modules['reprlib']
            import collections
            print(collections.Mapping.__name__, collections.__spec__.loader.__class__.__name__)
        """, "failed False\nMapping SourceFileLoader\n", "-I", "-W", "ignore", "--compat", "3.8")

    def test_loader_and_spec_are_the_real_ones(self):
        self.check("""
            import importlib.util
            # Only looking (not importing): the real loader, not the engine's wrapper.
            print(type(importlib.util.find_spec('fractions').loader).__name__)
            # ... while imports after importlib's (whose shim wraps its _find_spec on 3.12+)
            # are still patched.
            import base64
            print(hasattr(base64, 'encodestring'))
            import collections, inspect
            print(type(collections.__loader__).__name__, collections.__spec__.loader is collections.__loader__)
            print(importlib.util.find_spec('collections').loader.__class__.__name__)
            print(inspect.getsource(collections.namedtuple).startswith('def namedtuple'))
        """, "SourceFileLoader\nTrue\nSourceFileLoader True\nSourceFileLoader\nTrue\n", "-I",
            "--compat", "3.8")

    def test_threads_import_while_lowering(self):
        code = """
            import sys, threading
            names = ['collections', 'inspect', 'unittest', 'asyncio', 'enum', 'json', 'email']
            barrier = threading.Barrier(len(names) + 1)
            errors = []
            def importer(name):
                barrier.wait()
                try:
                    __import__(name)
                except BaseException as e:
                    errors.append(repr(e))
            def lowerer():
                barrier.wait()
                sys.set_python_compat_version((3, 8))
            threads = [threading.Thread(target=importer, args=(n,)) for n in names]
            threads.append(threading.Thread(target=lowerer))
            for t in threads: t.start()
            for t in threads: t.join()
            import collections
            print(errors, collections.Mapping.__name__)
        """
        for attempt in range(10):
            self.check(code, "[] Mapping\n", "-I", "-W", "ignore")


    def test_threads_start_the_engine_together(self):
        # Lowered at start-up, the Python engine starts on the first watched import: several
        # threads doing that at once all get shimmed modules, and it starts once.
        code = """
            import sys, threading
            names = ['collections', 'inspect', 'unittest', 'asyncio', 'enum', 'fileinput']
            barrier = threading.Barrier(len(names))
            errors = []
            def importer(name):
                barrier.wait()
                try:
                    __import__(name)
                except BaseException as e:
                    errors.append(repr(e))
            threads = [threading.Thread(target=importer, args=(n,)) for n in names]
            for t in threads: t.start()
            for t in threads: t.join()
            import collections
            print(errors, collections.Mapping.__name__,
                  sum(1 for m in sys.modules if m == '_compat_engine'))
        """
        for attempt in range(10):
            self.check(code, "[] Mapping 1\n", "-I", "-W", "ignore", "--compat", "3.8")


@unittest.skipUnless(RUNNING >= (3, 12), "before 3.12 these warnings were hidden anyway")
class QuietWarnings(EngineTest):
    """The warning filters of launcher/quiet_warnings.c: at the end of the filters (the
    lowest priority), only under compatibility, and never in sys.warnoptions (which unittest
    and others read to decide their own defaults)."""

    SHOW = """
        import sys, warnings
        print(sys.warnoptions)
        for action, message, category, module, lineno in warnings.filters:
            print(action, category.__name__, getattr(message, "pattern", message) is None)
        compile("x = '\\\\d'", "legacy.py", "exec")
        """

    def test_only_under_compat(self):
        rc, plain, err = run(self.SHOW, "-I")
        self.assertEqual(rc, 0, err)
        self.assertRegex(err, r"legacy.py:1: SyntaxWarning: .*invalid escape sequence")
        rc, lowered, err = run(self.SHOW, "-I", "--compat", "3.8")
        self.assertEqual((rc, err), (0, ""))
        self.assertEqual(lowered.splitlines()[:len(plain.splitlines())], plain.splitlines())
        added = lowered.splitlines()[len(plain.splitlines()):]
        syntax = 4 if RUNNING >= (3, 14) else 1     # (3.14: return/break/continue in finally)
        self.assertEqual(sorted(added), ["ignore RuntimeWarning False"]
                         + ["ignore SyntaxWarning False"] * syntax)
        self.assertEqual(plain.splitlines()[0], "[]")

    def test_every_other_filter_wins(self):
        for args in (["-W", "default"], ["-X", "dev"], ["-W", "always::SyntaxWarning"]):
            rc, out, err = run(self.SHOW, "-I", "--compat", "3.8", *args)
            self.assertEqual(rc, 0, err)
            self.assertRegex(err, r"legacy.py:1: SyntaxWarning: .*invalid escape sequence", args)
        rc, out, err = run(self.SHOW, "-I", "--compat", "3.8", "-W", "error")
        self.assertEqual(rc, 1)
        self.assertIn("SyntaxError", err)
        code = """
            import warnings
            warnings.simplefilter("default")
            compile("x = '\\\\d'", "legacy.py", "exec")
            """
        rc, out, err = run(code, "-I", "--compat", "3.8")
        self.assertRegex(err, r"legacy.py:1: SyntaxWarning: .*invalid escape sequence")

    def test_lowering_later_adds_them_once(self):
        code = """
            import sys, warnings
            before = len(warnings.filters)
            sys.set_python_compat_version((3, 8))
            sys.set_python_compat_version((3, 9))
            print(len(warnings.filters) - before)
            compile("x = '\\\\d'", "legacy.py", "exec")
            """
        err = self.check(code, "2\n" if RUNNING < (3, 14) else "5\n", "-I")
        self.assertEqual(err, "")


@unittest.skipUnless(RUNNING >= (3, 11), "before 3.11 open() itself takes 'U'")
class NativeOpen(EngineTest):
    """open-u-mode is written in C (launcher/open_guard.c): the replacement must look like the
    built-in open() in every way a program can observe."""

    IDENTITY = """
        import _io, builtins, inspect, io, pickle
        print(repr(open), open.__name__, open.__qualname__, open.__module__, open.__self__)
        print(inspect.isbuiltin(open), callable(open), type(open).__name__)
        print(inspect.signature(open))
        print(open.__doc__ == _io.open.__doc__ or open.__doc__)
        print(builtins.open is io.open is _io.open, pickle.loads(pickle.dumps(open)) is open)
        class K:
            opener = open
        print(K().opener is open)
    """

    def test_looks_like_the_builtin(self):
        rc, plain, err = run(self.IDENTITY, "-I", PYTHONC_SIMULATE_REMOVAL=None)
        self.assertEqual(rc, 0, err)
        self.assertIn("True True builtin_function_or_method", plain)
        self.check(self.IDENTITY, plain, "-I", "--compat", "3.8", PYTHONC_SIMULATE_REMOVAL=None)
        # Lowered at run time, after io put open() in builtins: the same.
        self.check("import sys; sys.set_python_compat_version((3, 8))\n"
                   + textwrap.dedent(self.IDENTITY), plain, "-I", PYTHONC_SIMULATE_REMOVAL=None)

    def test_forwards_every_other_call_unchanged(self):
        # Same results and same errors (messages vary between runtimes) as without compat.
        code = """
            import os, tempfile
            path = os.path.join(tempfile.mkdtemp(), 'f')
            with open(path, 'w', newline='') as f: f.write('a\\r\\nb')
            with open(path, mode='rb') as f: print(f.read())
            with open(file=path, newline='', mode='r') as f: print(repr(f.read()))
            with open(path, 'r', -1, 'latin-1', None, None) as f: print(f.encoding)
            for bad in [dict(mode=5), dict(mode='rr'), dict(buffering='x'), dict(spam=1),
                        dict(mode='rU', spam=1), dict(mode='r', file=path)]:
                try:
                    open(path, **bad)
                except Exception as e:
                    print(type(e).__name__, e)
            for args in [(), (path, 'r', 1, None, None, None, True, None, 9)]:
                try:
                    open(*args)
                except TypeError as e:
                    print(e)
        """
        rc, plain, err = run(code, "-I", PYTHONC_SIMULATE_REMOVAL=None)
        self.assertEqual(rc, 0, err)
        self.assertTrue(plain.startswith("b'a\\r\\nb'\n'a\\r\\nb'\nlatin-1\nTypeError"), plain)
        self.assertEqual(len(plain.splitlines()), 11, plain)
        self.check(code, plain, "-I", "--compat", "3.8", PYTHONC_SIMULATE_REMOVAL=None)

    def test_fast_and_general_paths_agree(self):
        # open(str, mode) is handled in C; a path object or a third argument goes through
        # the Python half. Same modes on the stream, same warnings, same line.
        self.check("""
            import os, pathlib, tempfile, warnings
            path = os.path.join(tempfile.mkdtemp(), 'f')
            with open(path, 'w') as f: f.write('a\\r\\nb')
            openers = [lambda m: open(path, m), lambda m: open(pathlib.Path(path), m),
                       lambda m: open(path, m, -1), lambda m: open(path.encode(), mode=m)]
            said = []
            for opener in openers:
                with warnings.catch_warnings(record=True) as w:
                    warnings.simplefilter('always')
                    modes = []
                    for mode in ('rU', 'U', 'Ut', 'rbU', 'tUr'):
                        with opener(mode) as f: modes.append((f.mode, f.read()))
                print(modes)
                line = opener.__code__.co_firstlineno
                said.append([(str(x.message), x.lineno == line, x.category.__name__)
                             for x in w])
            print(all(s == said[0] for s in said), len(said[0]), said[0][0][1:])
        """, "[('rU', 'a\\nb'), ('U', 'a\\nb'), ('Ut', 'a\\nb'), ('rb', b'a\\r\\nb'), "
             "('tUr', 'a\\nb')]\n" * 4 + "True 5 (True, 'CompatDeprecationWarning')\n",
            "-I", "--compat", "3.8",
            PYTHONC_SIMULATE_REMOVAL=None)

    def test_u_mode_by_keyword_and_disable(self):
        self.check("""
            import _compat, os, sys, tempfile, warnings
            path = os.path.join(tempfile.mkdtemp(), 'f')
            with open(path, 'w') as f: f.write('x')
            with warnings.catch_warnings(record=True) as w:
                warnings.simplefilter('always')
                with open(path, mode='rU') as f: print(f.mode, f.read())
            print(len(w), w[0].lineno, sys.modules.get('_compat_engine') is not None)
            _compat.disable('open-u-mode')
            try:
                open(path, 'rU')
            except ValueError as e:
                print(e)
        """, "rU x\n1 7 True\ninvalid mode: 'rU'\n", "-I", "--compat", "3.8",
            PYTHONC_SIMULATE_REMOVAL=None)


class RunModule(EngineTest):
    def test_dash_m_runs_a_restored_module(self):
        # runpy asks the loader for get_code(): `python -m smtpd` & co. were common.
        sim = {"PYTHONC_SIMULATE_REMOVAL": "imp-module"} if RUNNING < (3, 12) else {}
        rc, out, err = harness.run([harness.PYTHONC, "--compat", "3.8", "-W", "ignore", "-m",
                                    "imp"], env=harness.scrubbed_env(**sim))
        self.assertEqual((rc, out, err), (0, "", ""))


class Frozen(EngineTest):
    def test_binary_alone_works(self):
        with tempfile.TemporaryDirectory() as d:
            copy = os.path.join(d, "pythonc")
            shutil.copy2(harness.PYTHONC, copy)
            rc, out, err = harness.run([copy, "-I", "--compat", "3.8", "-W", "ignore", "-c",
                                        "import collections; print(collections.Mapping.__name__)"],
                                       cwd=d)
            self.assertEqual((rc, out), (0, "Mapping\n"), err)



class RestoredPackage(EngineTest):
    """A restored package with submodules (distutils, removed in 3.12; simulated before):
    a package to the import system, one warning per import statement that loads something
    of it, and a real package of the same name wins with its own submodules."""

    ENV = {} if RUNNING >= (3, 12) else {"PYTHONC_SIMULATE_REMOVAL": "distutils-package"}

    def test_package_submodules_and_warnings(self):
        code = """
            import distutils
            import distutils.util
            from distutils import version, errors
            import distutils.version
            import distutils.dir_util
            print(distutils.__path__, distutils.util.strtobool("yes"),
                  version.LooseVersion("1.2") < "1.10", distutils.errors is errors)
            try:
                import distutils.core
            except ImportError as exc:
                print(type(exc).__name__, exc.name)
            """
        err = self.check(code, "[] 1 True True\nModuleNotFoundError distutils.core\n",
                         "-I", "-S", "-W", "always", "--compat", "3.8", **self.ENV)
        said = [line.split(": ")[2].split(" was removed")[0] for line in err.splitlines()
                if "CompatDeprecationWarning" in line]
        self.assertEqual(said, ["the distutils package", "the distutils.util module",
                                "the distutils.version module", "the distutils.dir_util module"],
                         err)
        err = self.check("import distutils.util", "", "-I", "-S", "-W", "always",
                         "--compat", "3.8", **self.ENV)
        self.assertEqual(err.count("CompatDeprecationWarning"), 1, err)

    @unittest.skipUnless(RUNNING >= (3, 12), "before 3.12 the standard library has distutils")
    def test_real_package_wins_with_its_own_submodules(self):
        with tempfile.TemporaryDirectory() as tmp:
            os.mkdir(os.path.join(tmp, "distutils"))
            with open(os.path.join(tmp, "distutils", "__init__.py"), "w") as f:
                f.write("WHO = 'the real one'\n")
            with open(os.path.join(tmp, "distutils", "util.py"), "w") as f:
                f.write("WHAT = 'its util'\n")
            code = """
                import distutils, distutils.util
                print(distutils.WHO, distutils.util.WHAT)
                try:
                    import distutils.version
                except ModuleNotFoundError as exc:
                    print(exc.name)
                """
            self.check(code, "the real one its util\ndistutils.version\n", "-S",
                       "--compat", "3.8", PYTHONPATH=tmp)


if __name__ == "__main__":
    unittest.main(verbosity=2)
