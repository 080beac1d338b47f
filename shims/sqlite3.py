"""Shims for the sqlite3 package.

- sqlite3-optimizedunicode (removed in 3.12): sqlite3.OptimizedUnicode, an alias of str since
  3.3 (a text_factory value); each read warns.  (Up to 3.9 sqlite3.dbapi2 had it too; 3.10
  and 3.11 served it only from sqlite3, with a warning, and so does this shim.)
- sqlite3-version-attrs: sqlite3.version and sqlite3.version_info (removed in 3.14).

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


@shim("sqlite3-optimizedunicode", target="sqlite3", removed_in="3.12",
      replacement="str", kind="alias")
def _optimized_unicode(module, ctx):
    ctx.alias(module, "OptimizedUnicode", lambda: str, what="sqlite3.OptimizedUnicode")


@_optimized_unicode.hide
def _hide_optimized_unicode(module):
    module.__dict__.pop("OptimizedUnicode", None)
    # 3.10 and 3.11 served it from sqlite3 through a module __getattr__ that warns.
    getter = module.__dict__.get("__getattr__")
    if getter is not None and not hasattr(getter, "_pythonc_aliases"):
        def __getattr__(name):
            if name == "OptimizedUnicode":
                raise AttributeError("module %r has no attribute %r" % (module.__name__, name))
            return getter(name)
        module.__getattr__ = __getattr__
