"""Differential test of one shim case (or all): pythonc --compat X.Y against the real old
interpreter.

    python differential.py [CASE.py ...]

X.Y is 3.8, or the oracle's X.Y for a case recorded on an older release (a case declares
that with a "# pythonc-oracle: 3.7" line: see harness.py); "--compat 3.8" below stands for it.
For each case, by the running version R of the pythonc under test and the removal version D
of the case's shim:
  - D <= R (real absence): `pythonc --compat 3.8 case.py` must print exactly what the real old
    interpreter printed (<case>.expected), and plain `pythonc case.py` must not (so the test
    can fail: without the shim the old code breaks).
  - D > R (simulated removal): with PYTHONC_SIMULATE_REMOVAL=<id> the original is hidden
    first; `pythonc --compat 3.8` must still print the expected output, and the same run
    without --compat must not.
  - Where the oracle's own interpreter is installed (pyenv), the case is also run on it live
    and must still print the recorded output.
Exit status 0 when every case passes. Prints one line per check and a closing
"N passed, N failed" line.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

# Shims whose original cannot be hidden on a runtime that still has it (declared, not hidden).
NOT_SIMULATABLE = {
    "enum-format-mixins": "the 3.11 formatting cannot be imposed on an older enum module",
    "invalid-escape-syntaxwarning": "the compiler of an older release warns with "
                                    "DeprecationWarning, not SyntaxWarning",
    "finally-control-flow-syntaxwarning": "the compiler of an older release does not warn",
    "unittest-addduration-warning": "the unittest of an older release does not warn",
}


def check_case(shim_id, path, catalog, running, results):
    name = os.path.basename(path)
    oracle, want = harness.expected(path)
    if want is None:
        results.append((False, name, "no .expected recorded from a real old interpreter"))
        return
    entry = catalog.get(shim_id)
    if entry is None:
        results.append((False, name, "pythonc has no shim %r" % shim_id))
        return
    removed = harness.version_tuple(entry["removed_in"])
    if harness.version_tuple(oracle)[:2] > running[:2]:
        # Recorded on a later release (the API appeared after 3.8): nothing to compare here.
        results.append((None, name, "recorded on Python %s: the API never existed on %d.%d"
                        % (oracle, running[0], running[1])))
        return
    env_extra = {}
    mode = "real"
    if removed > running:
        if shim_id in NOT_SIMULATABLE:
            results.append((None, name, "not simulatable on %d.%d: %s"
                            % (running[0], running[1], NOT_SIMULATABLE[shim_id])))
            return
        mode = "simulated"
        env_extra["PYTHONC_SIMULATE_REMOVAL"] = shim_id
    env = harness.scrubbed_env(**env_extra)
    compat = harness.compat_for(oracle)
    rc, out, err = harness.run([harness.PYTHONC, "--compat", compat, path], env=env)
    ok = rc == 0 and out == want
    detail = "" if ok else "exit %d\n--- expected (Python %s)\n%s--- got\n%s--- stderr\n%s" % (
        rc, oracle, want, out, err[-3000:])
    results.append((ok, "%s [%s, --compat %s]" % (name, mode, compat), detail))

    rc, out, err = harness.run([harness.PYTHONC, path], env=env)
    broke = rc != 0 or out != want
    results.append((broke, "%s [%s, no compat: must differ]" % (name, mode),
                    "" if broke else "the case passes without the shim: it proves nothing"))

    minor = int(oracle.split(".")[1])
    live = harness.pyenv_python(minor)
    if live is not None:
        rc, out, err = harness.run([live, path])
        ok = rc == 0 and out == want
        results.append((ok, "%s [live oracle Python 3.%d]" % (name, minor),
                        "" if ok else "the oracle now prints:\n%s%s" % (out, err[-2000:])))


def main(argv):
    if not harness.PYTHONC:
        sys.exit("differential.py: set PYTHONC to the pythonc binary")
    catalog = harness.catalog()
    running = harness.running_version()
    wanted = [os.path.abspath(p) for p in argv[1:]]
    results = []
    for shim_id, path in harness.cases():
        if wanted and os.path.abspath(path) not in wanted:
            continue
        check_case(shim_id, path, catalog, running, results)
    passed = failed = skipped = 0
    for ok, name, detail in results:
        if ok is None:
            skipped += 1
            print("SKIP %s: %s" % (name, detail))
        elif ok:
            passed += 1
            print("ok   %s" % name)
        else:
            failed += 1
            print("FAIL %s\n%s" % (name, detail))
    if not results:
        print("FAIL no case matched %s" % argv[1:])
        failed += 1
    print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
