"""Shim case sqlite3-optimizedunicode: sqlite3.OptimizedUnicode (deprecated in 3.10, removed
in 3.12), an alias of str used as a connection's text_factory."""
import sqlite3
import warnings

warnings.simplefilter("ignore", DeprecationWarning)

print(sqlite3.OptimizedUnicode is str, sqlite3.OptimizedUnicode("abc"))
con = sqlite3.connect(":memory:")
con.text_factory = sqlite3.OptimizedUnicode
con.execute("create table t (name text)")
con.executemany("insert into t values (?)", [("plain",), ("caf\u00e9",)])
rows = con.execute("select name from t order by name").fetchall()
print(rows, [type(r[0]).__name__ for r in rows], con.text_factory is str)
con.close()
from sqlite3 import OptimizedUnicode
print(OptimizedUnicode("x"), hasattr(sqlite3, "OptimizedUnicode"))
