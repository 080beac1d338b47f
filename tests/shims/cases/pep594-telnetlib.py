"""Shim case pep594-telnetlib: the `telnetlib` module (removed in 3.13).

A scripted Telnet server runs in a thread on a local socket; the client side is driven the way
network-automation scripts did: read_until a prompt, write a command, expect a pattern, read
the rest.  Option negotiation (the default refusal and a callback), IAC doubling, dropped NUL
and XON bytes, sub-negotiation data, timeouts and the end of the connection are all checked;
the server reports every byte the client sent.  3.8 did not warn on import.
"""
import contextlib
import io
import re
import socket
import threading

import telnetlib
from telnetlib import Telnet, IAC, DO, DONT, WILL, WONT, SB, SE, NOP, AYT

IAC_B = IAC[0]


class Server(threading.Thread):
    """Runs `script` on the first connection: ("send", bytes), ("recv", n) waits for
    exactly n bytes from the client (kept in .received), ("close",)."""

    def __init__(self, script):
        super().__init__(daemon=True)
        self.script = script
        self.received = []
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(1)
        self.port = self.listener.getsockname()[1]

    def run(self):
        conn, _ = self.listener.accept()
        with conn:
            for step in self.script:
                if step[0] == "send":
                    conn.sendall(step[1])
                elif step[0] == "recv":
                    data = b""
                    while len(data) < step[1]:
                        chunk = conn.recv(step[1] - len(data))
                        if not chunk:
                            break
                        data += chunk
                    self.received.append(data)
                elif step[0] == "close":
                    break
        self.listener.close()


print("== constants")
for name in ("IAC", "DONT", "DO", "WONT", "WILL", "SE", "NOP", "DM", "BRK", "IP", "AO", "AYT",
             "EC", "EL", "GA", "SB", "theNULL", "BINARY", "ECHO", "SGA", "STATUS", "TM",
             "TTYPE", "NAWS", "TSPEED", "LINEMODE", "NEW_ENVIRON", "CHARSET", "TLS",
             "PRAGMA_HEARTBEAT", "EXOPL", "NOOPT"):
    print(name, getattr(telnetlib, name))
print("TELNET_PORT", telnetlib.TELNET_PORT, "DEBUGLEVEL", telnetlib.DEBUGLEVEL)

print("== a login session")
server = Server([
    ("send", IAC + DO + telnetlib.ECHO + IAC + WILL + telnetlib.SGA + b"\r\nWelcome\r\nlogin: "),
    ("recv", 6),                # IAC WONT ECHO IAC DONT SGA
    ("recv", 6),                # "admin\n"
    ("send", b"Pass\xff\xffword\x00: \x11"),
    ("recv", 9),                # "se\xff\xffcret\n"
    ("send", b"\r\nrouter7> "),
    ("recv", 14),               # "show version\r\n"
    ("send", b"Version 12.4\r\nUptime 3 days\r\nrouter7> "),
    ("recv", 5),                # "exit\n"
    ("send", b"bye\r\n"),
    ("close",),
])
server.start()
tn = Telnet("127.0.0.1", server.port, timeout=10)
print("connected:", tn.host, tn.port == server.port, tn.get_socket() is tn.sock,
      tn.fileno() == tn.sock.fileno(), tn.timeout)
print("read_until login:", tn.read_until(b"login: "))
tn.write(b"admin\n")
print("read_until assword:", tn.read_until(b"word", 10))
print("read_until ': ':", tn.read_until(b": "))
tn.write(b"se\xffcret\n")
idx, m, text = tn.expect([rb"(\w+)(\d)> ", b"never"], 10)
print("expect:", idx, m.group(1), m.group(2), text)
tn.write(b"show version\r\n")
idx, m, text = tn.expect([re.compile(b"Uptime (\\d+)"), re.compile(b"Version")], 10)
print("expect first listed wins:", idx, m.group(0), text)
print("read_until prompt:", tn.read_until(b"> ", 10))
out = io.StringIO()
with contextlib.redirect_stdout(out):
    tn.set_debuglevel(1)
    tn.write(b"exit\n")
    tn.set_debuglevel(0)
print("debug:", out.getvalue().replace(str(server.port), "PORT"), end="")
print("read_all:", tn.read_all())
print("eof:", tn.eof)
print("read_some at eof:", tn.read_some())
for method in ("read_very_lazy", "read_lazy", "read_eager", "read_very_eager"):
    try:
        print(method, getattr(tn, method)())
    except EOFError as exc:
        print(method, "EOFError", exc)
try:
    tn.expect([b"x"], 1)
except EOFError as exc:
    print("expect at eof: EOFError", repr(exc))
tn.close()
print("closed:", tn.sock, tn.eof)
server.join()
for data in server.received:
    print("server got:", data)

print("== negotiation callback and sub-negotiation")
server = Server([
    ("send", IAC + DO + telnetlib.TTYPE + IAC + WONT + telnetlib.ECHO + b"one "
     + IAC + SB + telnetlib.TTYPE + b"\x01" + IAC + SE + b"two "
     + IAC + NOP + IAC + AYT + b"three\r\n"),
    ("recv", 3),                # IAC WILL TTYPE, from the callback
    ("send", IAC + DONT + telnetlib.NAWS + b"four "
     + IAC + SB + telnetlib.NAWS + b"\x00\x50\xff\xff\x00\x18" + IAC + SE + b"END"),
    ("recv", 3),                # "ok\n"
    ("recv", 4),                # IAC IAC IAC IAC
    ("close",),
])
server.start()
seen = []


def callback(sock, cmd, opt):
    seen.append((cmd, opt, sock is tn.sock))
    if cmd == DO and opt == telnetlib.TTYPE:
        sock.sendall(IAC + WILL + telnetlib.TTYPE)


tn = Telnet()
print("unconnected:", tn.sock, tn.host, tn.port)
tn.set_option_negotiation_callback(callback)
tn.open("127.0.0.1", server.port)
print("read_until:", tn.read_until(b"\r\n", 10))
print("sb data:", tn.read_sb_data(), tn.read_sb_data())
for item in seen:
    print("callback:", item)
del seen[:]
tn.write(b"ok\n")
print("read_until END:", tn.read_until(b"END", 10))
print("sb data:", tn.read_sb_data())
for item in seen:
    print("callback:", item)
tn.write(b"\xff\xff")
print("read_all:", tn.read_all())
tn.close()
server.join()
for data in server.received:
    print("server got:", data)

print("== timeouts and the context manager")
server = Server([
    ("send", b"partial"),
    ("recv", 1),
    ("send", b"abcdef"),
    ("recv", 1),
    ("close",),
])
server.start()
with Telnet("127.0.0.1", server.port) as tn:
    print("read_until timeout:", tn.read_until(b"never", 1.0))
    print("read_very_lazy empty:", tn.read_very_lazy())
    tn.write(b"x")
    print("expect timeout:", tn.expect([b"zzz"], 1.0))
    print("read_eager:", tn.read_eager(), "read_very_eager:", tn.read_very_eager())
    tn.write(b"y")
    print("read_all:", tn.read_all())
print("after with:", tn.sock, tn.eof)
server.join()
print("server got:", server.received)

print("== commands split across reads, and the end of the connection inside one")
# The client reads the socket 50 bytes at a time: the commands below straddle those reads
# (wherever the reads actually end, the cooked result must be the same).
blob = (b"x" * 48 + IAC + DO + telnetlib.ECHO + b"y" * 47 + IAC + IAC + b"z" * 48
        + IAC + SB + telnetlib.NAWS + b"\x00\x50" + IAC + SE + b"<<MA" + IAC + NOP + b"RK>>"
        + b"w" * 40 + IAC + WILL)
server = Server([("send", blob), ("recv", 3), ("close",)])
server.start()
tn = Telnet("127.0.0.1", server.port, 10)
got = tn.read_until(b"<<MARK>>", 10)
print("read_until:", len(got), got.count(b"x"), got.count(b"y"), got.count(b"\xff"), got[-20:])
print("sb data:", tn.read_sb_data())
print("read_all:", tn.read_all())
print("state at eof:", tn.eof, tn.iacseq, tn.sb, tn.rawq, tn.cookedq)
tn.close()
server.join()
print("server got:", server.received)

print("== expect with a tuple, and with several matches")
server = Server([("send", b"alpha beta gamma"), ("recv", 1), ("close",)])
server.start()
tn = Telnet("127.0.0.1", server.port)
try:
    tn.expect((b"beta", b"gamma"), 5)
except TypeError as exc:
    print("tuple of bytes patterns:", type(exc).__name__)
idx, m, text = tn.expect((re.compile(b"zzz"), re.compile(b"b(e)ta")), 5)
print("compiled tuple:", idx, m.group(0), text)
idx, m, text = tn.expect([b"zzz", b"(g)amma"], 5)
print("list:", idx, m.groups(), text)
tn.write(b"!")
print("read_all:", tn.read_all())
tn.close()
server.join()
print("server got:", server.received)
