"""Shims for the sqlite3 package: sqlite3.version and sqlite3.version_info (removed in 3.14).

They were the version of the pysqlite module sqlite3 grew from, frozen at "2.6.0" and
(2, 6, 0) for every release up to 3.13, and they were also attributes of sqlite3.dbapi2 (the
module sqlite3 re-exports).  Each read warns; the SQLite library's own version stays
sqlite3.sqlite_version / sqlite_version_info.
"""
from _compat_engine import shim

_VALUES = {"version": "2.6.0", "version_info": (2, 6, 0)}


@shim("sqlite3-version-attrs", target=("sqlite3", "sqlite3.dbapi2"), removed_in="3.14",
      replacement="sqlite3.sqlite_version / sqlite3.sqlite_version_info for the SQLite library",
      kind="alias")
def _version_attrs(module, ctx):
    for name, value in _VALUES.items():
        ctx.alias(module, name, (lambda value=value: value),
                  what="sqlite3.%s" % name,
                  instead="sqlite3.sqlite_%s for the SQLite library's version" % name)


@_version_attrs.hide
def _hide_version_attrs(module):
    for name in _VALUES:
        module.__dict__.pop(name, None)
    # 3.12 and 3.13 served them (only them) through a module __getattr__.
    module.__dict__.pop("__getattr__", None)
