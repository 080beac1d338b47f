"""Shim case importlib-metadata-entrypoint-getitem: tuple-style access to
importlib.metadata.EntryPoint (removed in 3.13).

On 3.8 EntryPoint was a named tuple (name, value, group): ep[0], ep[1], ep[2], negative
indexes and slices worked, len() was 3, and iterating gave (name, ep) so that dict() of entry
points mapped names to them.  It did not warn.
"""
import importlib.metadata
import os
import sys
import tempfile

TMP = tempfile.mkdtemp()
info = os.path.join(TMP, "pyc_delta-1.0.dist-info")
os.makedirs(info)
with open(os.path.join(info, "METADATA"), "w") as fh:
    fh.write("Metadata-Version: 2.1\nName: pyc_delta\nVersion: 1.0\n")
with open(os.path.join(info, "entry_points.txt"), "w") as fh:
    fh.write("[console_scripts]\ndelta = os.path:join\n\n[pyc_test.hooks]\nh1 = json:dumps\nh2 = json\n")
sys.path.insert(0, TMP)

eps = sorted(importlib.metadata.distribution("pyc_delta").entry_points, key=lambda e: e.name)
for ep in eps:
    print(ep[0], ep[1], ep[2], ep[-1], ep[-3], ep[0:2], ep[::2], len(ep))
    try:
        ep[3]
    except IndexError as exc:
        print("IndexError:", exc)
ep = eps[0]
name, value, group = ep[0], ep[1], ep[2]
print(name, value, group, ep.load().__name__)
print(dict(eps))
print(list(eps[1]) == ["h1", eps[1]], tuple(ep)[0])
try:
    name, value, group = ep
except ValueError as exc:
    print("ValueError:", exc)
direct = importlib.metadata.EntryPoint("n", "mod:attr", "grp")
print(direct[0], direct[1], direct[2], len(direct), direct[:])
by_group = {}
for entry in eps:
    by_group.setdefault(entry[2], []).append(entry[0])
print(sorted(by_group.items()))
