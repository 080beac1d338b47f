"""Shim case pty-master-slave-open: pty.master_open() and pty.slave_open() (removed in 3.14).

master_open() returns (master_fd, slave_name) with the slave's descriptor closed;
slave_open(name) opens the slave end read-write.  Data written on one end is read on the
other (the terminal turns "\\n" into "\\r\\n" on the way to the master).  3.8 did not warn.
"""
import os
import pty

master_fd, slave_name = pty.master_open()
print(type(master_fd).__name__, type(slave_name).__name__, slave_name.startswith("/dev/pts/"),
      os.isatty(master_fd), os.get_inheritable(master_fd))
slave_fd = pty.slave_open(slave_name)
print(type(slave_fd).__name__, os.isatty(slave_fd), os.ttyname(slave_fd) == slave_name,
      os.get_inheritable(slave_fd), os.get_blocking(slave_fd))
os.write(slave_fd, b"from the slave\n")
print(os.read(master_fd, 100))
os.write(master_fd, b"from the master\n")
print(os.read(slave_fd, 100))
os.close(slave_fd)
os.close(master_fd)

try:
    pty.slave_open("/dev/pts/no-such-terminal")
except OSError as exc:
    print(type(exc).__name__, exc.errno == 2)

print("master_open" in pty.__all__, "slave_open" in pty.__all__, callable(pty.master_open),
      pty.master_open.__name__, pty.slave_open.__name__)
for _ in range(3):
    fd, name = pty.master_open()
    os.close(fd)
print("done")
