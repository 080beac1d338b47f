"""Shims for the pty module: master_open() and slave_open() (removed in 3.14).

master_open() returns (master_fd, slave_name): a new pseudo-terminal's master end and the
file name of its slave end, whose descriptor it closes.  slave_open(tty_name) opens that slave
for reading and writing (acquiring it as controlling terminal when the process has none) and
returns the descriptor.  Both warn at each call.  pty.openpty() gives both ends at once.
"""
from _compat_engine import shim


@shim("pty-master-slave-open", removed_in="3.14", replacement="pty.openpty()",
      kind="function")
def _master_slave_open(pty, ctx):
    import os

    def master_open():
        """Open a new pseudo-terminal: (its master end's descriptor, its slave end's file
        name).  Use pty.openpty() instead."""
        ctx.warn("pty.master_open()", stacklevel=1)
        try:
            master_fd, slave_fd = os.openpty()
        except (AttributeError, OSError):
            opener = getattr(pty, "_open_terminal", None)
            if opener is None:
                raise
            return opener()
        slave_name = os.ttyname(slave_fd)
        os.close(slave_fd)
        return master_fd, slave_name

    def slave_open(tty_name):
        """Open the slave end tty_name read-write (it becomes the controlling terminal of
        a process that has none) and return its descriptor.  Use pty.openpty() instead."""
        ctx.warn("pty.slave_open()", stacklevel=1)
        return os.open(tty_name, os.O_RDWR)

    for function in (master_open, slave_open):
        function.__module__ = pty.__name__
        ctx.restore(pty, function.__name__, function)


@_master_slave_open.hide
def _hide_master_slave_open(pty):
    for name in ("master_open", "slave_open"):
        pty.__dict__.pop(name, None)
