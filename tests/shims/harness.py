"""Shared helpers for the shim tests: find pythonc, the reference interpreters and the cases.

A case is tests/shims/cases/<shim-id>.py or <shim-id>--<topic>.py, a standalone script that
prints deterministic lines. <case>.expected holds what the REAL old interpreter printed (first
line "# oracle: Python X.Y.Z"), recorded by tests/shims/record.py; it is never produced by
pythonc.

Oracle: a case is recorded on Python 3.8 unless it declares another release in a line of its
own, anywhere at module level (before the code, by convention):

    # pythonc-oracle: 3.7

(for APIs removed in 3.8, which only 3.7 still has). record.py then records it on the newest
pyenv 3.7.x, and differential.py runs it with `--compat 3.7`: the --compat of a case is its
oracle's X.Y when that is below 3.8, and 3.8 otherwise (compat_for()).
"""
import glob
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PYTHONC = os.environ.get("PYTHONC", "")
REFERENCE = os.environ.get("PYTHONC_REFERENCE_PYTHON", sys.executable)


def scrubbed_env(**extra):
    """The caller's environment without PYTHON* variables (hermetic), plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update({k: v for k, v in extra.items() if v is not None})
    return env


def run(argv, env=None, cwd=None, input=None, timeout=120):
    """Run argv; return (exit status, stdout, stderr) as text."""
    proc = subprocess.run(argv, env=env if env is not None else scrubbed_env(),
                          cwd=cwd or tempfile.gettempdir(), input=input,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout,
                          universal_newlines=True)
    return proc.returncode, proc.stdout, proc.stderr


def cases():
    """[(shim_id, path)] for every case file."""
    out = []
    for path in sorted(glob.glob(os.path.join(CASES, "*.py"))):
        stem = os.path.splitext(os.path.basename(path))[0]
        out.append((stem.split("--")[0], path))
    return out


def expected(path):
    """(oracle version text, expected stdout) of a case, or (None, None) if not recorded."""
    exp = os.path.splitext(path)[0] + ".expected"
    if not os.path.exists(exp):
        return None, None
    with open(exp, encoding="utf-8") as f:
        first, _, rest = f.read().partition("\n")
    if not first.startswith("# oracle: Python "):
        raise ValueError("%s: first line must be '# oracle: Python X.Y.Z'" % exp)
    return first[len("# oracle: Python "):].strip(), rest


DEFAULT_ORACLE = "3.8"
_ORACLE_LINE = re.compile(r"^# pythonc-oracle: (3\.\d+)[ \t]*$", re.MULTILINE)


def declared_oracle(path):
    """The X.Y a case declares with a "# pythonc-oracle: X.Y" line, else DEFAULT_ORACLE."""
    with open(path, encoding="utf-8") as f:
        match = _ORACLE_LINE.search(f.read())
    return match.group(1) if match else DEFAULT_ORACLE


def compat_for(oracle):
    """The --compat to test a case recorded on `oracle` ("3.7.16" or "3.7") with: its X.Y
    when that is below 3.8, else 3.8."""
    major, minor = (int(part) for part in oracle.split(".")[:2])
    return "%d.%d" % (major, minor) if (major, minor) < (3, 8) else DEFAULT_ORACLE


def pyenv_python(minor):
    """The newest pyenv CPython 3.<minor>.x, or None when pyenv or that version is absent."""
    try:
        root = subprocess.run(["pyenv", "root"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, universal_newlines=True).stdout.strip()
    except OSError:
        return None
    found = []
    for d in glob.glob(os.path.join(root, "versions", "3.%d.*" % minor)):
        exe = os.path.join(d, "bin", "python3.%d" % minor)
        tail = os.path.basename(d).split(".")[2]
        if os.path.exists(exe) and tail.isdigit():
            found.append((int(tail), exe))
    return max(found)[1] if found else None


def catalog():
    """{shim id: catalog dict} as the built pythonc reports it."""
    rc, out, err = run([PYTHONC, "-I", "-c",
                        "import _compat; print(repr([(s['id'], s['removed_in'], s['restorable'])"
                        " for s in _compat.shims()]))"])
    if rc != 0:
        raise RuntimeError("pythonc cannot list its shims: " + err)
    import ast
    return {i: {"removed_in": r, "restorable": ok} for i, r, ok in ast.literal_eval(out)}


def version_tuple(text):
    parts = [int(p) for p in text.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


def running_version():
    rc, out, err = run([PYTHONC, "-I", "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"])
    return version_tuple(out.strip())
