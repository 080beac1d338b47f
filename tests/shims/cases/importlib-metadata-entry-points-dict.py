"""Shim case importlib-metadata-entry-points-dict: importlib.metadata.entry_points() without
arguments returning a dict of groups (removed in 3.12).

On 3.8 entry_points() took no arguments and returned {group: (EntryPoint, ...)}, groups in
sorted order, each tuple in the order of the distributions on sys.path, every distribution
counted (a package installed twice contributes twice).  It did not warn.  Only the groups of
the temporary distributions made here are printed (one per directory, so that their order
does not depend on the file system's listing order).
"""
import importlib.metadata
import os
import sys
import tempfile

TMP = tempfile.mkdtemp()


def dist(where, name, version, entry_points):
    info = os.path.join(TMP, where, "%s-%s.dist-info" % (name, version))
    os.makedirs(info)
    with open(os.path.join(info, "METADATA"), "w") as fh:
        fh.write("Metadata-Version: 2.1\nName: %s\nVersion: %s\n" % (name, version))
    with open(os.path.join(info, "entry_points.txt"), "w") as fh:
        fh.write(entry_points)


dist("first", "pyc_alpha", "1.0",
     "[pyc_test.plugins]\none = pyc_alpha.mod:func\ntwo = pyc_alpha.mod:Other [extra]\n\n"
     "[pyc_test.cli]\nalpha-cli = pyc_alpha:main\n")
dist("second", "pyc_beta", "2.0", "[pyc_test.plugins]\nthree = pyc_beta\n")
dist("third", "pyc_alpha", "0.9", "[pyc_test.plugins]\none = pyc_alpha.old:func\n")
dist("fourth", "pyc_gamma", "3.0", "[pyc_test.a_first]\nz = pyc_gamma:z\n")
sys.path[:0] = [os.path.join(TMP, d) for d in ("first", "second", "third", "fourth")]


def show(eps):
    return [(ep.name, ep.value, ep.group) for ep in eps]


eps = importlib.metadata.entry_points()
print(isinstance(eps, dict), len(eps) >= 3)
ours = [group for group in eps if group.startswith("pyc_test.")]
print(ours)
print(ours == sorted(ours), list(eps) == sorted(eps))
for group in ours:
    print(group, type(eps[group]).__name__, show(eps[group]))
print(eps.get("pyc_test.missing"), eps.get("pyc_test.missing", ()), "pyc_test.cli" in eps)
plugins = eps["pyc_test.plugins"]
print(len(plugins), plugins[0].name, plugins[-1].value)
print(sorted(ep.name for ep in eps.get("pyc_test.plugins", [])))
print({ep.name: ep.value for ep in eps["pyc_test.plugins"]})
try:
    eps["pyc_test.nope"]
except KeyError as exc:
    print("KeyError:", exc)
print(all(isinstance(v, tuple) for v in eps.values()))
print(sorted(k for k, v in eps.items() if k.startswith("pyc_test.")))
again = importlib.metadata.entry_points()
print(again == eps, again is eps)
