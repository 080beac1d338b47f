"""Shims for the dbm module, written from the documentation and from the observed behaviour
of 3.8 to 3.13.

- dbm-default-sqlite3 (removed 3.13): dbm.open() makes a new database with the first of
  dbm.gnu, dbm.ndbm and dbm.dumb that is available, as up to 3.12, instead of dbm.sqlite3.
  The list of backends dbm.open() tries is the old one again; dbm.sqlite3 is left out of it
  but stays importable, and a database that already is an SQLite file is still opened
  (whichdb() still knows it). Each dbm.open() that makes a new database warns.
"""
from _compat_engine import shim

_SQLITE = "dbm.sqlite3"


def _creates(dbm, file, flag):
    """Whether dbm.open(file, flag) makes a new database with the default backend."""
    if not isinstance(flag, str):
        return False
    if "n" in flag:
        return True
    return "c" in flag and dbm.whichdb(file) is None


@shim("dbm-default-sqlite3", removed_in="3.13",
      replacement="the open() of the backend wanted (dbm.gnu, dbm.ndbm, dbm.dumb)",
      kind="default-change")
def _old_default(dbm, ctx):
    names = dbm.__dict__.get("_names")
    if not isinstance(names, list):
        raise RuntimeError("this dbm has no list of backends")
    if _SQLITE in names:
        names.remove(_SQLITE)
    chosen = dbm.__dict__.get("_defaultmod")
    if getattr(chosen, "__name__", None) == _SQLITE:
        dbm._defaultmod = None
    current = dbm.open
    if getattr(current, "_pythonc_old_default", False):
        return

    def open(file, flag="r", mode=0o666):
        if _creates(dbm, file, flag):
            ctx.warn("dbm.open() making a new database with dbm.gnu, dbm.ndbm or dbm.dumb",
                     stacklevel=1)
        return current(file, flag, mode)

    for attribute in ("__doc__", "__module__", "__name__", "__qualname__"):
        setattr(open, attribute, getattr(current, attribute))
    open.__wrapped__ = current
    open._pythonc_old_default = True
    dbm.open = open


def _sqlite_backend(dbm):
    """A small dbm.sqlite3 for a release that has none (simulated removal only): one table
    Dict(key, value) of blobs in an SQLite file, as 3.13 writes it."""
    import sqlite3
    import sys
    import types
    from collections.abc import MutableMapping

    def as_bytes(value):
        return value.encode("utf-8") if isinstance(value, str) else bytes(value)

    class _Database(MutableMapping):
        def __init__(self, path, flag):
            if flag not in ("r", "w", "c", "n"):
                raise ValueError("flag must be one of 'r', 'w', 'c' or 'n', not %r" % flag)
            self._ro = flag == "r"
            self._cx = sqlite3.connect(path, autocommit=True) if sys.version_info >= (3, 12) \
                else sqlite3.connect(path, isolation_level=None)
            self._cx.execute("CREATE TABLE IF NOT EXISTS Dict (key BLOB UNIQUE NOT NULL,"
                             " value BLOB NOT NULL)")
            if flag == "n":
                self._cx.execute("DELETE FROM Dict")

        def __getitem__(self, key):
            row = self._cx.execute("SELECT value FROM Dict WHERE key = CAST(? AS BLOB)",
                                   (as_bytes(key),)).fetchone()
            if row is None:
                raise KeyError(key)
            return row[0]

        def __setitem__(self, key, value):
            if self._ro:
                raise module.error("the database is read-only")
            self._cx.execute("REPLACE INTO Dict (key, value) VALUES (CAST(? AS BLOB),"
                             " CAST(? AS BLOB))", (as_bytes(key), as_bytes(value)))

        def __delitem__(self, key):
            if self._cx.execute("DELETE FROM Dict WHERE key = CAST(? AS BLOB)",
                                (as_bytes(key),)).rowcount == 0:
                raise KeyError(key)

        def __iter__(self):
            return iter([row[0] for row in self._cx.execute("SELECT key FROM Dict")])

        def __len__(self):
            return self._cx.execute("SELECT COUNT(key) FROM Dict").fetchone()[0]

        def keys(self):
            return list(self)

        def close(self):
            self._cx.close()

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.close()

    module = types.ModuleType(_SQLITE)
    module.error = type("error", (OSError,), {"__module__": _SQLITE})

    def open(filename, flag="r", mode=0o666):
        return _Database(filename, flag)

    module.open = open
    module._Database = _Database
    return module


@_old_default.hide
def _hide_old_default(dbm):
    import sys
    if _SQLITE not in sys.modules:
        sys.modules[_SQLITE] = _sqlite_backend(dbm)
    if _SQLITE not in dbm._names:
        dbm._names.insert(0, _SQLITE)
    known = dbm.whichdb

    def whichdb(filename):
        found = known(filename)
        if found == "":
            try:
                with open(filename, "rb") as f:
                    if f.read(16) == b"SQLite format 3\0":
                        return _SQLITE
            except OSError:
                pass
        return found

    dbm.whichdb = whichdb
