"""Shim case dbm-default-sqlite3: the backend dbm.open() picks for a new database (the first
of dbm.gnu, dbm.ndbm, dbm.dumb up to 3.12; dbm.sqlite3 from 3.13). The name printed is the
first old backend this interpreter has, so the case reads the same on every build of it."""
import dbm
import importlib
import os
import shelve
import tempfile
import warnings

warnings.simplefilter("ignore")


def old_default():
    for name in ("dbm.gnu", "dbm.ndbm", "dbm.dumb"):
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        return name


def kind(path):
    found = dbm.whichdb(path)
    return "old default" if found == old_default() else found


directory = tempfile.mkdtemp()
path = os.path.join(directory, "made")
with dbm.open(path, "c") as db:
    db[b"key"] = b"value"
    db["text"] = "words"
print("c", kind(path))
with dbm.open(path) as db:
    print("read", db[b"key"], db[b"text"], sorted(db.keys()))
with dbm.open(path, "w") as db:
    db[b"more"] = b"1"
print("w", kind(path), len(dbm.open(path, "r")))
fresh = os.path.join(directory, "fresh")
with dbm.open(fresh, "n") as db:
    db[b"a"] = b"b"
print("n", kind(fresh))
with dbm.open(path, "n") as db:
    print("n over existing", len(db))
print("n over existing", kind(path))
with shelve.open(os.path.join(directory, "shelf")) as shelf:
    shelf["k"] = [1, 2]
print("shelve", kind(os.path.join(directory, "shelf")))
try:
    dbm.open(os.path.join(directory, "missing"))
except dbm.error[0] as exc:
    print("missing", type(exc).__name__, exc)
