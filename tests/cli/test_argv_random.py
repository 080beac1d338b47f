"""Random command lines (seeded, so every run tries the same ones): with no compatibility
asked for, pythonc and python3 print, fail and exit identically, whatever the mix of options,
option arguments, clusters, `--`, `-`, -c, -m and program arguments."""
import os
import random
import tempfile

from clitest import TestCase, main, normalize, pythonc, reference, PYTHONC, REFERENCE

SHOW = "import sys, json; print(json.dumps([sys.argv, repr(sys.flags), sys.warnoptions, sys._xoptions, sys.path[0]]))"

FLAGS = ["-b", "-B", "-d", "-E", "-i", "-I", "-O", "-OO", "-q", "-R", "-s", "-S", "-u", "-v",
         "-x", "-bb", "-sE", "-BsS", "-Wd", "-Xdev", "-Xutf8", "-X", "-W", "-J", "-Z",
         "--check-hash-based-pycs", "--no-such", "-"]
ARGS = ["error", "ignore", "default", "utf8", "dev", "faulthandler", "always", "never",
        "compat_version=3.8", "--compat", "3.8", "-c", "x y", "", "-h"]


def random_argv(rnd, script, module_dir):
    argv = []
    for _ in range(rnd.randint(0, 5)):
        flag = rnd.choice(FLAGS)
        if flag in ("-i", "-v", "-d", "-"):
            continue                         # interactive, verbose, debug, stdin: elsewhere
        argv.append(flag)
        if flag in ("-X", "-W", "--check-hash-based-pycs"):
            argv.append(rnd.choice(ARGS))
    tail = rnd.choice(["c", "script", "m", "dashdash"])
    if tail == "c":
        argv += ["-c", SHOW]
    elif tail == "script":
        argv += [script]
    elif tail == "m":
        argv += ["-m", "showargs"]
    else:
        argv += ["--", script]
    argv += [rnd.choice(ARGS) for _ in range(rnd.randint(0, 3))]
    return argv


class RandomArgv(TestCase):
    def test_random_command_lines(self):
        rnd = random.Random(606)
        with tempfile.TemporaryDirectory() as d:
            script = os.path.join(d, "showargs.py")
            with open(script, "w") as f:
                f.write(SHOW + "\n")
            for i in range(120):
                argv = random_argv(rnd, script, d)
                with self.subTest(i=i, argv=argv):
                    a = pythonc(*argv, cwd=d, input="")
                    b = reference(*argv, cwd=d, input="")
                    self.assertEqual(a.rc, b.rc, (a, b))
                    self.assertEqual(normalize(a.out, PYTHONC), normalize(b.out, REFERENCE))
                    self.assertEqual(normalize(a.err, PYTHONC), normalize(b.err, REFERENCE))


if __name__ == "__main__":
    main()
