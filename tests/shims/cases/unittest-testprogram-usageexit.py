"""Shim case unittest-testprogram-usageexit: unittest.TestProgram.usageExit() (removed in 3.13).

3.8: usageExit(msg=None) prints msg (when given) and the command-line help to standard
output, then raises SystemExit(2). The help text itself changed between releases (argparse),
so only its first line's start, its program name and its presence are printed. 3.8 did not
warn, so warnings are not printed.
"""
import contextlib
import io
import unittest
import warnings

warnings.simplefilter("ignore")


class Quiet(unittest.TestProgram):
    def __init__(self):
        self.progName = "prog"
        self.module = None
        self.exit = True
        self.catchbreak = self.buffer = self.failfast = False


def run(program, *args):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            program.usageExit(*args)
            code = "returned"
        except SystemExit as exc:
            code = exc.code
    lines = out.getvalue().splitlines()
    usage = [line for line in lines if line.startswith("usage: prog")]
    print(args, "exit:", code, "| first:", lines[0][:20], "| usage lines:", len(usage),
          "| discover:", any("discover" in line for line in usage))


print(callable(getattr(unittest.TestProgram, "usageExit", None)))
run(Quiet(), "bad option")
run(Quiet())
run(Quiet(), None)
run(Quiet(), "")
program = Quiet()
program.module = "__main__"
run(program, "module mode")
