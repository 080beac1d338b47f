"""Shim case sqlite3-version-attrs: sqlite3.version and sqlite3.version_info (removed in 3.14).

Up to 3.13 they are the pysqlite module version, "2.6.0" and (2, 6, 0), in sqlite3 and in
sqlite3.dbapi2; 3.8 did not warn about them, so no warnings are printed.
"""
import sqlite3
import sqlite3.dbapi2
from sqlite3 import version, version_info
from sqlite3.dbapi2 import version as dbapi2_version

print(sqlite3.version, sqlite3.version_info, type(sqlite3.version).__name__, type(sqlite3.version_info).__name__)
print(sqlite3.dbapi2.version, sqlite3.dbapi2.version_info, dbapi2_version)
print(version, version_info, version == sqlite3.version, version_info == sqlite3.version_info)
print(hasattr(sqlite3, "version"), hasattr(sqlite3, "version_info"), getattr(sqlite3, "version", "missing"))

# What old code did with them: gate features on the module version.
major, minor, micro = map(int, sqlite3.version.split("."))
print(major, minor, micro, sqlite3.version_info >= (2, 6), sqlite3.version_info[:2])
print("pysqlite %s" % sqlite3.version, "%d.%d.%d" % sqlite3.version_info)

# The library version is another thing and stays where it was.
print(isinstance(sqlite3.sqlite_version, str), sqlite3.sqlite_version != sqlite3.version,
      len(sqlite3.sqlite_version_info))
connection = sqlite3.connect(":memory:")
print(connection.execute("select 1 + 1").fetchone())
connection.close()
try:
    sqlite3.no_such_attribute
except AttributeError as exc:
    print("AttributeError:", exc)
