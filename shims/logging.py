"""Shims for the logging module: logging.getLogger("root") (behaviour changed in 3.9).

Up to 3.8, only getLogger() / getLogger(None) / getLogger("") returned the root logger; the
name "root" gave an ordinary logger of that name, a child of the root logger (created once,
kept in the manager's loggerDict, and the parent of "root.x" loggers). From 3.9 it returns the
root logger. The shim gives the 3.8 answer again, warning at each such call.
"""
from _compat_engine import shim


@shim("logging-getlogger-root", removed_in="3.9", replacement="use a different logger name",
      kind="behaviour-change")
def _getlogger_root(logging, ctx):
    real_get = logging.getLogger
    if getattr(real_get, "_pythonc_root_name", False):
        return

    def getLogger(name=None):
        """
        Return a logger with the specified name, creating it if necessary.

        If no name is specified, return the root logger.
        """
        if isinstance(name, str) and name and name == logging.root.name:
            ctx.warn('logging.getLogger("%s") giving a logger of that name, not the root '
                     'logger,' % name, instead="a different logger name", stacklevel=1)
            return logging.Logger.manager.getLogger(name)
        return real_get(name)

    getLogger.__module__ = logging.__name__
    getLogger.__wrapped__ = real_get
    getLogger._pythonc_root_name = True
    logging.getLogger = getLogger


@_getlogger_root.hide
def _hide_getlogger_root(logging):
    # As 3.9: the root logger's own name gives the root logger.
    real_get = logging.getLogger

    def getLogger(name=None):
        if isinstance(name, str) and name and name == logging.root.name:
            return logging.root
        return real_get(name)

    getLogger.__doc__ = real_get.__doc__
    logging.getLogger = getLogger
