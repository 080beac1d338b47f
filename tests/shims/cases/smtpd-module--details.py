"""Shim case smtpd-module, details: the private names old subclasses used (channel.__server
and friends, deprecated in 3.8 with a DeprecationWarning per access), the DEBUGSTREAM trace of
a session (-d), PureProxy relaying to a server that is down, SMTPServer.process_message left
unimplemented, a channel made for a client that has already gone, and command_size_limits
after EHLO with SMTPUTF8.  Time stamps, ports and host names are masked.
"""
import asyncore
import io
import os
import re
import socket
import sys
import threading
import warnings

import smtpd


def here():
    return sys._getframe(1).f_lineno


def mask(text):
    text = text.replace(socket.getfqdn(), "FQDN")
    text = re.sub(r"\('127\.0\.0\.1', \d+\)", "('127.0.0.1', PORT)", text)
    text = re.sub(r"0x[0-9a-f]+", "ADDR", text)
    text = re.sub(r"\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}", "TIME", text)
    return re.sub(r" \[[^]|]*\|[^]]*\]", "", text)


class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        print("  got", mailfrom, rcpttos, data)


print("== the deprecated private names")
server = Sink(("127.0.0.1", 0), None, map={})
a, b = socket.socketpair()
channel = smtpd.SMTPChannel(server, a, ("peer", 1), map={})
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); value = channel._SMTPChannel__server
    print(value is server)
    channel._SMTPChannel__greeting = "set via the old name"
    print(channel.seen_greeting)
    for name in ("line", "state", "mailfrom", "rcpttos", "data", "fqdn", "peer", "conn", "addr"):
        getattr(channel, "_SMTPChannel__" + name)
for w in caught:
    print(issubclass(w.category, DeprecationWarning), w.lineno - base, str(w.message))
server.close()
channel.close()
b.close()

print("== DEBUGSTREAM during a session")
debug = io.StringIO()
smtpd.DEBUGSTREAM = debug
channels = {}
server = Sink(("127.0.0.1", 0), ("relay.example", 25), map=channels)
stop = []


def run():
    while not stop:
        asyncore.loop(timeout=0.05, map=channels, count=1)


thread = threading.Thread(target=run)
thread.start()
client = socket.create_connection(("127.0.0.1", server.socket.getsockname()[1]))
reader = client.makefile("rb")
print(" ", mask(reader.readline().decode()).strip())
for line in (b"EHLO client.example", b"MAIL FROM:<from@example.com> SIZE=20",
             b"RCPT TO:<to@example.com>", b"DATA", b"Subject: s\r\n\r\nbody\r\n.", b"QUIT"):
    client.sendall(line + b"\r\n")
    while True:
        reply = mask(reader.readline().decode()).strip()
        print(" ", reply)
        if reply[3:4] != "-":
            break
reader.close()
client.close()
stop.append(1)
thread.join()
asyncore.close_all(channels)
print(mask(debug.getvalue()), end="")

print("== PureProxy with the remote server down")
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
down_port = probe.getsockname()[1]
probe.close()
debug = io.StringIO()
smtpd.DEBUGSTREAM = debug
proxy = smtpd.PureProxy(("127.0.0.1", 0), ("127.0.0.1", down_port), map={})
print(proxy._deliver("a@example.com", ["x@example.com", "y@example.com"], "Subject: s\n\nbody"))
print(proxy.process_message(("10.0.0.1", 5), "a@example.com", ["z@example.com"], "H: v\n\nbody"))
print(mask(debug.getvalue()), end="")
proxy.close()
smtpd.DEBUGSTREAM = smtpd.Devnull()

print("== process_message not implemented")
channels = {}
server = smtpd.SMTPServer(("127.0.0.1", 0), None, map=channels)
a, b = socket.socketpair()
channel = smtpd.SMTPChannel(server, a, ("peer", 1), map=channels)
b.sendall(b"HELO h\r\nMAIL FROM:<a@b.c>\r\nRCPT TO:<d@e.f>\r\nDATA\r\nbody\r\n.\r\n")
out = io.StringIO()
saved = sys.stdout
sys.stdout = out
try:
    for _ in range(5):
        asyncore.loop(timeout=0.1, map=channels, count=1)
finally:
    sys.stdout = saved
print(mask(out.getvalue()), end="")
print(channels == {server._fileno: server}, channel.connected)
server.close()
b.close()

print("== a client that is already gone")
a, b = socket.socketpair()
b.close()
server = Sink(("127.0.0.1", 0), None, map={})
try:
    gone = smtpd.SMTPChannel(server, a, ("peer", 1), map={})
    print("made:", gone.connected, getattr(gone, "peer", "no peer"))
except OSError as exc:
    print("OSError")
server.close()
unconnected = socket.socket()
server = Sink(("127.0.0.1", 0), None, map={})
ch = smtpd.SMTPChannel(server, unconnected, ("peer", 1), map={})
print("not connected:", ch.connected, hasattr(ch, "peer"), ch.producer_fifo)
server.close()

print("== command size limits")
server = Sink(("127.0.0.1", 0), None, map={}, enable_SMTPUTF8=True)
a, b = socket.socketpair()
ch = smtpd.SMTPChannel(server, a, ("peer", 1), server.data_size_limit, {}, True, False)
print(ch.max_command_size_limit, dict(ch.command_size_limits))
ch.smtp_EHLO("client")
print(ch.max_command_size_limit, dict(ch.command_size_limits), ch.command_size_limits["OTHER"])
print(smtpd.SMTPChannel.command_size_limits is ch.command_size_limits)
ch.close()
b.close()
server.close()
