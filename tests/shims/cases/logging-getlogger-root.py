"""Shim case logging-getlogger-root: logging.getLogger("root") (behaviour changed in 3.9).

Up to 3.8 the name "root" gave an ordinary logger of that name (a child of the root logger,
kept in the manager, parent of "root.x" loggers); only getLogger(), getLogger(None) and
getLogger("") gave the root logger.  3.8 did not warn, so no warnings are printed.
"""
import io
import logging
import warnings

warnings.simplefilter("ignore")

root = logging.getLogger()
named = logging.getLogger("root")
print("getLogger('root') is root:", named is root)
print(type(named).__name__, named.name, named.parent is root, named.level, named.getEffectiveLevel())
print("cached:", logging.getLogger("root") is named, "root" in logging.Logger.manager.loggerDict)
print("None/'' give root:", logging.getLogger(None) is root, logging.getLogger("") is root, logging.root is root)
child = logging.getLogger("root.child")
print("child parent:", child.parent is named, child.parent is root, child.name)
print("getChild:", root.getChild("x").name, root.getChild("x").parent is root)

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s"))
root.addHandler(handler)
root.setLevel(logging.DEBUG)
named.setLevel(logging.ERROR)
named.warning("not shown: named logger is at ERROR")
named.error("from the 'root' named logger")
root.warning("from the real root")
child.critical("from root.child")
print("root level:", logging.getLevelName(root.level), "named level:", logging.getLevelName(named.level))
print(stream.getvalue(), end="")
print("root handlers:", len(root.handlers), "named handlers:", len(named.handlers))
for bad in (b"root", 5):
    try:
        logging.getLogger(bad)
    except TypeError as exc:
        print("TypeError:", exc)
