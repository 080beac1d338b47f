"""Shim case argparse-booleanoptionalaction-params: BooleanOptionalAction's type, choices and
metavar parameters (removed in 3.14).

BooleanOptionalAction is new in 3.9, so this case is recorded on 3.11 (the last release
before they warned).  There they are accepted by keyword (usually through add_argument()) and
by position (option_strings, dest, default, type, choices, required, help, metavar), stored
on the action, and change nothing in parsing or in the usage and option lines of the help.
"""
import argparse

parser = argparse.ArgumentParser(prog="tool")
feature = parser.add_argument("--feature", action=argparse.BooleanOptionalAction, default=True,
                              type=bool, choices=[True, False], metavar="FEATURE", help="turn it on")
colour = parser.add_argument("--colour", action=argparse.BooleanOptionalAction, metavar="C")
verbose = parser.add_argument("--verbose", action=argparse.BooleanOptionalAction, default=False)
for action in (feature, colour, verbose):
    print(action.option_strings, action.dest, action.default, action.type, action.choices,
          action.metavar, action.nargs, action.required)
print(parser.format_usage().strip())
# (3.9 and 3.10 appended the default to the help text: only the option lines are compared.)
print([line.strip() for line in parser.format_help().splitlines() if line.startswith("  -")])
for argv in ([], ["--no-feature"], ["--feature", "--colour"], ["--no-colour", "--verbose"]):
    print(argv, parser.parse_args(argv))

positional = argparse.BooleanOptionalAction(["--dry-run"], "dry_run", False, str, ["x"], True, "h", "M")
print(positional.option_strings, positional.dest, positional.default, positional.type,
      positional.choices, positional.required, positional.help[:1], positional.metavar)
try:
    argparse.BooleanOptionalAction(["--x"], "x", None, int, None, False, "h", "M", "extra", "more")
except TypeError as exc:
    print("TypeError:", str(exc).split("(")[-1])


class Switch(argparse.BooleanOptionalAction):
    """What old code subclassed: a flag pair with a fixed metavar."""

    def __init__(self, option_strings, dest, **kwargs):
        kwargs.setdefault("metavar", "BOOL")
        super().__init__(option_strings, dest, **kwargs)


sub = argparse.ArgumentParser(prog="sub")
switch = sub.add_argument("--cache", action=Switch, default=True, help="use the cache")
print(type(switch).__name__, switch.metavar, switch.option_strings, sub.parse_args(["--no-cache"]))
