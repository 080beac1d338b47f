"""Shim case asyncore-module: the `asyncore` module (removed in 3.12).

An echo server and a client in one process on 127.0.0.1, run by asyncore.loop() with select()
and with poll(); then the smaller pieces old code used: dispatcher over a socketpair, repr,
log_info, handle_error's report, compact_traceback, file_dispatcher over a pipe, close_all and
ExitNow.  3.8 did not warn at import.  Events are collected per channel and printed at the end,
since the interleaving of two channels within one poll pass is up to the kernel.
"""
import asyncore
import os
import re
import socket
import sys


def clean(text):
    """A repr without its address or port."""
    text = re.sub(r"0x[0-9a-f]+", "ADDR", text)
    return re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT", text)


class EchoHandler(asyncore.dispatcher_with_send):
    def __init__(self, sock, map, log):
        asyncore.dispatcher_with_send.__init__(self, sock, map=map)
        self.log = log
        self.log.append("handler connected=%s" % self.connected)

    def handle_read(self):
        data = self.recv(8192)
        if data:
            self.log.append("handler read %r" % data)
            self.send(data.upper())

    def handle_close(self):
        self.log.append("handler close")
        self.close()


class EchoServer(asyncore.dispatcher):
    def __init__(self, map, log):
        asyncore.dispatcher.__init__(self, map=map)
        self.log = log
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.set_reuse_addr()
        self.bind(("127.0.0.1", 0))
        self.listen(5)
        self.handlers = []

    def handle_accepted(self, sock, addr):
        self.log.append("server accepted from %s" % addr[0])
        self.handlers.append(EchoHandler(sock, self._map, self.log))


class Client(asyncore.dispatcher):
    def __init__(self, address, messages, map, log):
        asyncore.dispatcher.__init__(self, map=map)
        self.log = log
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.connect(address)
        self.pending = b"".join(messages)
        self.expected = len(self.pending)
        self.received = b""

    def handle_connect(self):
        self.log.append("client connected")

    def writable(self):
        return (not self.connected) or bool(self.pending)

    def handle_write(self):
        sent = self.send(self.pending)
        self.pending = self.pending[sent:]
        if not self.pending:
            self.log.append("client sent all")

    def handle_read(self):
        self.received += self.recv(8192)
        if len(self.received) >= self.expected:
            self.log.append("client got %r" % self.received)
            self.close()

    def handle_close(self):
        self.log.append("client close")
        self.close()


def echo_round(use_poll):
    print("== echo, use_poll=%s" % use_poll)
    channels = {}
    server_log, client_log = [], []
    server = EchoServer(channels, server_log)
    print("server:", clean(repr(server)), server.accepting, server.connected)
    client = Client(server.socket.getsockname(), [b"hello ", b"asyncore\n"], channels, client_log)
    print("client connecting:", client.connecting, client.connected, len(channels))
    passes = 0
    while client.received != b"HELLO ASYNCORE\n" and passes < 200:
        asyncore.loop(timeout=1.0, use_poll=use_poll, map=channels, count=1)
        passes += 1
    print("client log:", client_log)
    print("client after close:", client.connected, client.socket.fileno() == -1, client._fileno)
    # Let the handler see the client's end of the connection close.
    while len(channels) > 1 and passes < 400:
        asyncore.loop(timeout=1.0, use_poll=use_poll, map=channels, count=1)
        passes += 1
    print("server log:", server_log)
    print("left in the map:", [type(obj).__name__ for obj in channels.values()])
    server.close()
    print("map after server.close():", channels, server.accepting)


echo_round(False)
echo_round(True)

print("== dispatcher over a socketpair")
channels = {}
a, b = socket.socketpair()
d = asyncore.dispatcher(a, map=channels)
print(clean(repr(d)), d.connected, repr(d.addr), list(channels) == [a.fileno()])
print(d.readable(), d.writable(), d.send(b"ping"), b.recv(10))
b.sendall(b"pong")
print(d.recv(10))
b.close()
print("recv after the peer closed:", d.recv(10), d.connected, channels)
fresh = asyncore.dispatcher(map={})
print(clean(repr(fresh)), fresh.socket, fresh.addr, fresh.connected, fresh.accepting)

print("== log_info, handle_* defaults")
d = asyncore.dispatcher(map={})
d.log_info("plain")
d.log_info("a warning", "warning")
d.log_info("an error", "error")
d.ignore_log_types = frozenset()
d.handle_read()
d.handle_write()
d.handle_connect()
d.handle_expt()
print("ignore_log_types:", asyncore.dispatcher.ignore_log_types)

print("== handle_error")


class Broken(asyncore.dispatcher):
    def handle_read(self):
        raise ValueError("boom")

    def handle_close(self):
        print("Broken.handle_close")
        self.close()


channels = {}
a, b = socket.socketpair()
bad = Broken(a, map=channels)
b.sendall(b"x")
out = []
real_stdout = sys.stdout


class Capture:
    def write(self, text):
        out.append(text)

    def flush(self):
        pass


sys.stdout = Capture()
try:
    asyncore.loop(timeout=1.0, map=channels, count=1)
finally:
    sys.stdout = real_stdout
report = "".join(out)
print(report.startswith("error: uncaptured python exception, closing channel <__main__.Broken connected"))
print("(<class 'ValueError'>:boom [" in report, "|handle_read|" in report, report.count("["))
print(report.splitlines()[-1])
print("map:", channels)
b.close()

print("== compact_traceback")


def fail():
    raise KeyError("k")


try:
    fail()
except KeyError:
    (file, function, line), t, v, info = asyncore.compact_traceback()
print(os.path.basename(file), function, type(line).__name__, t, repr(v), info.count("|"), info.startswith("["))
try:
    asyncore.compact_traceback()
except AssertionError as exc:
    print("AssertionError:", exc)

print("== file_dispatcher over a pipe")


class PipeReader(asyncore.file_dispatcher):
    def handle_read(self):
        got.append(self.recv(100))

    def writable(self):
        return False


got = []
channels = {}
r, w = os.pipe()
reader = PipeReader(r, map=channels)
print(reader.connected, type(reader.socket).__name__, reader.socket.fileno() != r, os.get_blocking(reader.socket.fileno()))
os.write(w, b"through a pipe")
asyncore.loop(timeout=1.0, map=channels, count=1)
print(got)
print(reader.socket.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
try:
    reader.socket.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR)
except NotImplementedError as exc:
    print("NotImplementedError:", exc)
reader.close()
os.close(r)
os.close(w)
print("closed:", reader.socket.fd, channels)

print("== close_all, ExitNow, loop on an empty map")
channels = {}
pairs = [socket.socketpair() for _ in range(2)]
ds = [asyncore.dispatcher(p[0], map=channels) for p in pairs]
print(len(channels))
asyncore.close_all(map=channels)
print(channels, [d.socket.fileno() for d in ds])
for p in pairs:
    p[1].close()


class Quitter(asyncore.dispatcher):
    def handle_write(self):
        raise asyncore.ExitNow("stop the loop")


channels = {}
a, b = socket.socketpair()
Quitter(a, map=channels)
try:
    asyncore.loop(timeout=1.0, map=channels)
except asyncore.ExitNow as exc:
    print("ExitNow:", exc, issubclass(asyncore.ExitNow, Exception))
asyncore.close_all(map=channels)
b.close()
asyncore.loop(timeout=0.01, map={})
asyncore.loop(timeout=0.01, map={}, count=3)
print("empty map: returned")
print(asyncore.socket_map == {}, asyncore.dispatcher().socket is None, asyncore.socket_map == {})
