"""Shim case typing-io-re: the typing.io and typing.re namespaces (removed in 3.13).

In 3.6-3.8 they were classes named "typing.io" / "typing.re" holding IO, TextIO, BinaryIO and
Pattern, Match, with an __all__, also registered in sys.modules so that `from typing.io import
TextIO` worked.  3.8 did not warn, so no warnings are printed.
"""
import re
import sys
import warnings

warnings.simplefilter("ignore")

import typing
from typing.io import BinaryIO, TextIO
from typing.re import Match, Pattern

print(TextIO is typing.TextIO, BinaryIO is typing.BinaryIO, Pattern is typing.Pattern, Match is typing.Match)
print(typing.io.IO is typing.IO, typing.io.TextIO is typing.TextIO, typing.re.Pattern is typing.Pattern)
print(typing.io.__name__, typing.re.__name__)
print(typing.io.__all__, typing.re.__all__)
print([n for n in dir(typing.io) if not n.startswith("_")], [n for n in dir(typing.re) if not n.startswith("_")])
print("typing.io" in sys.modules, sys.modules["typing.re"] is typing.re)
import typing.io
import typing.re as tre
print(tre is typing.re)
print("io" in typing.__all__, "re" in typing.__all__)


def first_match(pattern: typing.re.Pattern, stream: typing.io.TextIO) -> typing.Optional[typing.re.Match]:
    for line in stream:
        m = pattern.search(line)
        if m:
            return m
    return None


import io
print(first_match(re.compile(r"b+"), io.StringIO("aaa\nabbbc\n")).group(0))
print(typing.get_type_hints(first_match)["stream"] is typing.TextIO)
print(typing.re.Pattern[str] == typing.Pattern[str])
