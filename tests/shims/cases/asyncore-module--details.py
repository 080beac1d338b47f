"""Shim case asyncore-module, details: the less common paths old servers and clients hit.

A connection refused (reported through handle_error when the socket becomes readable or
writable, with select() and with poll()), the order of handle_connect() and the connected flag,
a peer that hangs up (recv() returns b'' and closes the channel), send() to a closed peer,
dispatcher_with_send's debug log, handle_error() when repr() fails, close_all() with failing
channels, _strerror, accept() with nothing pending, and channels that are neither readable nor
writable.  Messages are printed without addresses, ports or traceback entries.
"""
import asyncore
import errno
import re
import socket
import time


def norm(text):
    text = re.sub(r"0x[0-9a-f]+|object at [0-9a-f]+", "ADDR", text)
    text = re.sub(r" \[[^]]*\]", "", text)
    return re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT", text)


class D(asyncore.dispatcher):
    def __init__(self, *args, **kwargs):
        asyncore.dispatcher.__init__(self, *args, **kwargs)
        self.ignore_log_types = frozenset()

    def log_info(self, message, type="info"):
        print("  log_info:", type, norm(message))


print("== an unconnected socket")
s = socket.socket()
d = D(s, map={})
print(norm(repr(d)), d.connected, d.addr, d._fileno == s.fileno())
d.close()
print(d.connected, d._fileno, s.fileno())

print("== a listening socket with nothing to accept")
channels = {}
server = D(map=channels)
server.create_socket()
server.set_reuse_addr()
server.bind(("127.0.0.1", 0))
server.listen(3)
print(norm(repr(server)), server.accept(), server.family_and_type, server.readable(), server.writable())
server.handle_accept()
print("handle_write_event on a listener:", server.handle_write_event())
server.close()

print("== connection refused")
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
refused_port = probe.getsockname()[1]
probe.close()
for use_poll in (False, True):
    channels = {}
    client = D(map=channels)
    client.create_socket()
    client.connect(("127.0.0.1", refused_port))
    print("connecting:", client.connecting, client.connected)
    asyncore.loop(timeout=1.0, map=channels, count=3, use_poll=use_poll)
    print("use_poll=%s:" % use_poll, client.connected, client.connecting, channels)

print("== handle_connect() runs before connected is set")
listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(1)


class Connector(asyncore.dispatcher):
    def handle_connect(self):
        print("  handle_connect: connected=%s connecting=%s" % (self.connected, self.connecting))

    def handle_write(self):
        print("  handle_write")


c = Connector(map={})
c.create_socket()
c.connect(listener.getsockname())
time.sleep(0.2)
c.handle_write_event()
print(c.connected, c.connecting)
c.handle_write_event()
c.close()
listener.close()

print("== the peer hangs up")
for use_poll in (False, True):
    channels = {}
    a, b = socket.socketpair()
    d = D(a, map=channels)
    d.handle_read = lambda d=d: print("  read", d.recv(10))
    d.writable = lambda: False
    b.sendall(b"bye")
    b.close()
    asyncore.loop(timeout=1.0, map=channels, count=3, use_poll=use_poll)
    print("use_poll=%s:" % use_poll, d.connected, channels)

channels = {}
a, b = socket.socketpair()
d = D(a, map=channels)
b.close()
print("send to a closed peer:", d.send(b"x" * 10), d.connected, channels)

print("== dispatcher_with_send with debug")
a, b = socket.socketpair()
w = asyncore.dispatcher_with_send(a, map={})
w.debug = True
w.send(b"hello")
print(b.recv(10), w.out_buffer, w.writable())
w.close()
b.close()

print("== handle_error when repr() fails")


class Bad(D):
    def __repr__(self):
        raise RuntimeError("no repr")

    def handle_read(self):
        raise ValueError("bad read")


channels = {}
a, b = socket.socketpair()
Bad(a, map=channels)
b.sendall(b"1")
asyncore.loop(timeout=1.0, map=channels, count=1)
print(channels)
b.close()

print("== close_all with failing channels")


class EBadF(D):
    def close(self):
        raise OSError(errno.EBADF, "bad fd")


class Fails(D):
    def close(self):
        raise ValueError("cannot close")


channels = {99: EBadF(map={})}
asyncore.close_all(channels)
print(channels)
channels = {98: Fails(map={})}
try:
    asyncore.close_all(channels)
except ValueError as exc:
    print("ValueError:", exc, len(channels))
asyncore.close_all(channels, ignore_all=True)
print(channels)

print("== _strerror, _DISCONNECTED, idle channels")
print(asyncore._strerror(errno.EPIPE), asyncore._strerror(-1), sorted(asyncore._DISCONNECTED))


class Idle(D):
    def readable(self):
        return False

    def writable(self):
        return False


channels = {}
a, b = socket.socketpair()
Idle(a, map=channels)
asyncore.poll(0.01, channels)
asyncore.poll2(0.01, channels)
asyncore.loop(timeout=0.01, map=channels, count=2)
print("idle: returned", len(channels))
asyncore.close_all(channels)
b.close()
