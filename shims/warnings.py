"""Warnings a newer compiler gives by default where the old release was silent, filtered out
again under compatibility (written in C: launcher/quiet_warnings.c).

- invalid-escape-syntaxwarning (3.12): an invalid escape such as "\\d" in a str or bytes
  literal (and an octal escape above \\377) was a DeprecationWarning, hidden by default, up
  to 3.11; 3.12 made it a SyntaxWarning that every compile of old code prints.
- finally-control-flow-syntaxwarning (3.14): return, break or continue in a finally block
  (PEP 765) compiled silently before 3.14.

Each is an "ignore" filter at the end of the warnings filters, where it has the lowest
priority: `-W default`, `-X dev` and filters a program installs still show the warning, and
`-W error` still makes an invalid escape a SyntaxError, as on 3.8. They warn about nothing
themselves: the old releases said nothing by default either.

They are applied by C as soon as they are active (the compiler warns before any module of
the program is imported). Their effect cannot be played on a release that still has the old
behaviour, so they have no simulated removal.
"""
import _compat

from _compat_engine import shim


@shim("invalid-escape-syntaxwarning", target="warnings", removed_in="3.12",
      replacement="raw strings (r'\\d') or doubled backslashes ('\\\\d')",
      kind="behaviour-change")
def _invalid_escape(warnings, ctx):
    _compat._apply_native("invalid-escape-syntaxwarning")


@shim("finally-control-flow-syntaxwarning", target="warnings", removed_in="3.14",
      replacement="leave the finally block without return, break or continue (PEP 765)",
      kind="behaviour-change")
def _finally_control_flow(warnings, ctx):
    _compat._apply_native("finally-control-flow-syntaxwarning")
