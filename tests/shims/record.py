#!/usr/bin/env python3
"""Record the expected output of the shim cases on a real old interpreter.

Usage:
    tests/shims/record.py [--oracle PYTHON] [--survey] [--interpreter PYTHON ...] [ID ...]

For each case `tests/shims/cases/<ID>.py` (all of them when no ID is given) this runs the case
on the oracle interpreter and writes `tests/shims/cases/<ID>.expected`: a first line
`# oracle: Python X.Y.Z`, then the case's standard output, byte for byte.  The oracle defaults
to the newest Python 3.8.x under `pyenv root`, or, for a case that declares another release
in a line "# pythonc-oracle: X.Y" (e.g. 3.7, for APIs removed in 3.8), to the newest pyenv
X.Y.x; differential.py then tests that case with `--compat X.Y` (see harness.py).  --oracle
overrides both for every selected case.

Every run is hermetic: no PYTHON* environment variables (so no PYTHONWARNINGS, PYTHONPATH,
PYTHONASYNCIODEBUG or pythonc's own PYTHONC_INHERIT), and a fresh temporary working directory.
A case is run twice and must print the same both times, exit with status 0, and print no
absolute paths of this checkout or the temporary directory and no memory addresses.

--survey also runs every case on each other interpreter (every pyenv 3.x by default, or those
given with --interpreter) and prints, per case and version, whether the output is the same as
the oracle's, differs, or the case fails.  It writes nothing for those runs.  A case is
expected to agree on every version from the oracle up to the one before the removal, and to
differ or fail from the removal on (that is what lets the shim tests fail).

Exit status: 0 when every selected case was recorded, 1 when a case misbehaved on the oracle,
2 on a usage error.
"""
import argparse
import collections
import difflib
import glob
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

CASES_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
CHECKOUT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TIMEOUT_SECONDS = 120
EXIT_OK, EXIT_CASE_FAILED, EXIT_USAGE = 0, 1, 2
ADDRESS = re.compile(r"\b0x[0-9a-fA-F]{6,}\b")


def fail_usage(message, hint):
    print("record.py: %s" % message, file=sys.stderr)
    print(hint, file=sys.stderr)
    sys.exit(EXIT_USAGE)


def version_key(name):
    """(3, 8, 18) for "3.8.18"; names that are not plain versions sort first."""
    try:
        return tuple(int(part) for part in name.split("."))
    except ValueError:
        return ()


def pyenv_interpreters():
    """{"3.8.18": "<pyenv root>/versions/3.8.18/bin/python3.8", ...} for every CPython 3.x
    that pyenv has installed, or {} when pyenv is not available."""
    try:
        root = subprocess.run(["pyenv", "root"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              universal_newlines=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {}
    found = {}
    for directory in glob.glob(os.path.join(root, "versions", "3.*")):
        name = os.path.basename(directory)
        key = version_key(name)
        if len(key) != 3:
            continue
        executable = os.path.join(directory, "bin", "python%d.%d" % key[:2])
        if os.access(executable, os.X_OK):
            found[name] = executable
    return dict(sorted(found.items(), key=lambda item: version_key(item[0])))


def default_oracle(release=harness.DEFAULT_ORACLE):
    """The newest pyenv interpreter of `release` ("3.8", "3.7")."""
    wanted = version_key(release)
    found = [path for name, path in pyenv_interpreters().items() if version_key(name)[:2] == wanted]
    if not found:
        fail_usage("no Python %s found under `pyenv root`" % release,
                   "Install one (pyenv install %s) or pass --oracle PYTHON." % release)
    return found[-1]


def hermetic_environment():
    return {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}


def python_version(python):
    result = subprocess.run([python, "-c", "import platform; print(platform.python_version())"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True,
                            env=hermetic_environment())
    if result.returncode != 0:
        fail_usage("cannot run %s: %s" % (python, result.stderr.strip() or "exit %d" % result.returncode),
                   "Pass a working interpreter with --oracle PYTHON.")
    return result.stdout.strip()


def run_case(python, case_path):
    """Run one case; returns (exit status, stdout bytes, stderr text)."""
    with tempfile.TemporaryDirectory(prefix="pythonc-record-") as cwd:
        try:
            result = subprocess.run([python, case_path], cwd=cwd, env=hermetic_environment(),
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    timeout=TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            return None, b"", "timed out after %d s" % TIMEOUT_SECONDS
    return result.returncode, result.stdout, result.stderr.decode("utf-8", "replace")


def problems_in_output(stdout):
    """Reasons why an output cannot serve as an expectation, or [] when it can."""
    text = stdout.decode("utf-8", "replace")
    problems = []
    for needle in (CHECKOUT, tempfile.gettempdir() + os.sep):
        if needle in text:
            problems.append("prints the absolute path %r" % needle)
    if ADDRESS.search(text):
        problems.append("prints a memory address (%s)" % ADDRESS.search(text).group(0))
    if not text.endswith("\n"):
        problems.append("output does not end with a newline")
    return problems


def record(case_id, python, version):
    """Write <id>.expected from the oracle; returns True on success."""
    case_path = os.path.join(CASES_DIR, case_id + ".py")
    first = run_case(python, case_path)
    status, stdout, stderr = first
    if status != 0:
        print("record.py: %s: exits with %s on Python %s:\n%s" % (case_id, status, version, stderr.rstrip()),
              file=sys.stderr)
        return False
    second = run_case(python, case_path)
    if second[:2] != first[:2]:
        diff = difflib.unified_diff(stdout.decode().splitlines(), second[1].decode().splitlines(),
                                    "first run", "second run", lineterm="")
        print("record.py: %s: output is not deterministic on Python %s:\n%s"
              % (case_id, version, "\n".join(diff)), file=sys.stderr)
        return False
    problems = problems_in_output(stdout)
    if problems:
        print("record.py: %s: %s; print paths relative to a temporary directory instead"
              % (case_id, "; ".join(problems)), file=sys.stderr)
        return False
    with open(os.path.join(CASES_DIR, case_id + ".expected"), "wb") as fh:
        fh.write(("# oracle: Python %s\n" % version).encode("ascii"))
        fh.write(stdout)
    print("recorded %s (%d lines)" % (case_id, stdout.count(b"\n")))
    return True


def survey(case_ids, oracle, interpreters):
    """Print, per case, how each interpreter's output compares with the oracle's."""
    for case_id in case_ids:
        case_path = os.path.join(CASES_DIR, case_id + ".py")
        _, expected, _ = run_case(oracle, case_path)
        verdicts = []
        for version, python in interpreters.items():
            status, stdout, stderr = run_case(python, case_path)
            if status != 0:
                last = stderr.strip().splitlines()[-1:] or ["no message"]
                verdicts.append("%s fails (exit %s: %s)" % (version, status, last[0][:100]))
            elif stdout == expected:
                verdicts.append("%s same" % version)
            else:
                changed = sum(1 for line in difflib.ndiff(expected.decode().splitlines(),
                                                          stdout.decode().splitlines())
                              if line.startswith("+ "))
                verdicts.append("%s differs (%d lines)" % (version, changed))
        print("%s:\n  %s" % (case_id, "\n  ".join(verdicts)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ids", nargs="*", metavar="ID", help="case ids (default: every case)")
    parser.add_argument("--oracle", metavar="PYTHON", help="interpreter to record with (default: newest pyenv 3.8, or the X.Y "
                             "of the case's '# pythonc-oracle: X.Y' line)")
    parser.add_argument("--survey", action="store_true", help="also compare every other interpreter with the oracle")
    parser.add_argument("--interpreter", action="append", metavar="PYTHON", default=[],
                        help="interpreter for --survey (repeatable; default: every pyenv 3.x)")
    args = parser.parse_args()

    available = sorted(os.path.basename(path)[:-3] for path in glob.glob(os.path.join(CASES_DIR, "*.py")))
    case_ids = args.ids or available
    unknown = [case_id for case_id in case_ids if case_id not in available]
    if unknown:
        fail_usage("no case named %s in %s" % (", ".join(unknown), CASES_DIR),
                   "Known cases: %s" % ", ".join(available))

    # The cases grouped by the oracle they are recorded on.
    by_oracle = collections.OrderedDict()
    for case_id in case_ids:
        if args.oracle:
            oracle = args.oracle
        else:
            oracle = default_oracle(harness.declared_oracle(os.path.join(CASES_DIR, case_id + ".py")))
        by_oracle.setdefault(oracle, []).append(case_id)
    ok = True
    for oracle, ids in by_oracle.items():
        version = python_version(oracle)
        print("oracle: Python %s (%s)" % (version, oracle))
        ok = all([record(case_id, oracle, version) for case_id in ids]) and ok

    if args.survey:
        if args.interpreter:
            interpreters = {python_version(python): python for python in args.interpreter}
        else:
            interpreters = pyenv_interpreters()
        for oracle, ids in by_oracle.items():
            survey(ids, oracle, interpreters)
    return EXIT_OK if ok else EXIT_CASE_FAILED


if __name__ == "__main__":
    sys.exit(main())
