"""Shim case shlex-split-none: shlex.split(None) reading standard input (removed in 3.12).

Up to 3.11 shlex.split(None) split whatever sys.stdin yields, with the usual comments= and
posix= handling. 3.8 did not warn (3.9 to 3.11 did), so warnings are not printed. The case
replaces sys.stdin with in-memory text so that it needs no input.
"""
import io
import shlex
import sys
import warnings

warnings.simplefilter("ignore")

INPUT = "cmd --opt 'quoted value' \"dq $x\" esc\\ aped # a comment\nnext line\n"
for kwargs in ({}, {"comments": True}, {"posix": False}, {"comments": True, "posix": False}):
    sys.stdin = io.StringIO(INPUT)
    print(kwargs, shlex.split(None, **kwargs), repr(sys.stdin.read()))

sys.stdin = io.StringIO("")
print("empty", shlex.split(None))
sys.stdin = io.StringIO("unterminated 'quote\n")
try:
    print(shlex.split(None))
except ValueError as exc:
    print("ValueError:", exc)
sys.stdin = io.StringIO("a b")
print("positional", shlex.split(None, False, True))
sys.stdin = io.StringIO("keyword s")
print("keyword", shlex.split(s=None))
print("string still", shlex.split("x 'y z'"))
