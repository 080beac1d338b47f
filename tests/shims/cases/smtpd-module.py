"""Shim case smtpd-module: the `smtpd` module (removed in 3.12).

An SMTPServer subclass on 127.0.0.1 receiving messages sent by smtplib (the asyncore loop runs
in a thread, smtplib in the main one), in bytes and in decode_data mode; DebuggingServer's
printout; PureProxy relaying to a second server; then a raw SMTP dialogue with an SMTPChannel
over a socketpair covering the replies to good and bad commands; parseargs().  The host name
the server announces is machine-dependent and printed as FQDN; ports as PORT.  3.8 did not warn
at import.
"""
import asyncore
import os
import smtpd
import smtplib
import socket
import sys
import threading
from email.message import EmailMessage


def clean(text):
    text = text.replace(socket.getfqdn(), "FQDN")
    return text


class Sink(smtpd.SMTPServer):
    def __init__(self, *args, **kwargs):
        smtpd.SMTPServer.__init__(self, *args, **kwargs)
        self.messages = []

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        self.messages.append((peer[0], mailfrom, list(rcpttos), data, kwargs))
        if "reject@example.com" in rcpttos:
            return "550 No such user here"


class Loop:
    """Run asyncore.loop() over one map in a thread until stopped."""

    def __init__(self, channels):
        self.channels = channels
        self.stopping = False
        self.thread = threading.Thread(target=self.run)
        self.thread.start()

    def run(self):
        while not self.stopping:
            asyncore.loop(timeout=0.05, map=self.channels, count=1)

    def stop(self):
        self.stopping = True
        self.thread.join()
        asyncore.close_all(map=self.channels)


print("== SMTPServer receiving from smtplib")
channels = {}
server = Sink(("127.0.0.1", 0), None, map=channels)
port = server.socket.getsockname()[1]
print(type(server).__mro__[1:])
print(server.accepting, server.data_size_limit, server.enable_SMTPUTF8, server._decode_data)
loop = Loop(channels)
client = smtplib.SMTP("127.0.0.1", port)
code, reply = client.ehlo("client.example")
print("ehlo:", code, clean(reply.decode()).splitlines())
refused = client.sendmail("sender@example.com", ["one@example.com", "two@example.com"],
                          "Subject: first\r\n\r\nHello\r\n.leading dot\r\nbye\r\n")
print("refused:", refused)
msg = EmailMessage()
msg["From"] = "Alice <alice@example.com>"
msg["To"] = "bob@example.com"
msg["Subject"] = "second"
msg.set_content("Body line\n")
client.send_message(msg)
try:
    client.sendmail("sender@example.com", ["reject@example.com"], "Subject: x\r\n\r\nno\r\n")
except smtplib.SMTPDataError as exc:
    print("SMTPDataError:", exc.smtp_code, exc.smtp_error)
print("noop:", client.noop())
print("vrfy:", client.verify("someone@example.com"))
print("help:", client.help())
print("rset:", client.rset())
print("quit:", client.quit())
loop.stop()
for peer, mailfrom, rcpttos, data, kwargs in server.messages:
    print(peer, mailfrom, rcpttos)
    print(" ", type(data).__name__, data.splitlines())
    print(" ", sorted(kwargs), [opt.split("=")[0] for opt in kwargs.get("mail_options", [])],
          kwargs.get("rcpt_options"))

print("== decode_data=True")
channels = {}
server = Sink(("127.0.0.1", 0), None, map=channels, decode_data=True)
loop = Loop(channels)
client = smtplib.SMTP("127.0.0.1", server.socket.getsockname()[1])
code, reply = client.ehlo("client.example")
print("ehlo:", code, clean(reply.decode()).splitlines())
client.sendmail("a@example.com", "b@example.com", "Subject: text\r\n\r\nline 1\r\nline 2\r\n")
client.quit()
loop.stop()
for peer, mailfrom, rcpttos, data, kwargs in server.messages:
    print(mailfrom, rcpttos, type(data).__name__, repr(data), kwargs)

print("== DebuggingServer")
channels = {}
server = smtpd.DebuggingServer(("127.0.0.1", 0), None, map=channels)
loop = Loop(channels)
client = smtplib.SMTP("127.0.0.1", server.socket.getsockname()[1])
client.sendmail("dbg@example.com", ["x@example.com"], "Subject: debug\r\nX-A: 1\r\n\r\nprinted body\r\n")
client.quit()
loop.stop()
sys.stdout.flush()

print("== PureProxy relaying to another server")
remote_channels = {}
remote = Sink(("127.0.0.1", 0), None, map=remote_channels, decode_data=True)
remote_loop = Loop(remote_channels)
channels = {}
proxy = smtpd.PureProxy(("127.0.0.1", 0), ("127.0.0.1", remote.socket.getsockname()[1]),
                        map=channels, decode_data=True)
loop = Loop(channels)
client = smtplib.SMTP("127.0.0.1", proxy.socket.getsockname()[1])
client.sendmail("p@example.com", ["r1@example.com", "r2@example.com"],
                "Subject: relayed\r\n\r\nvia the proxy\r\n")
client.quit()
loop.stop()
remote_loop.stop()
for peer, mailfrom, rcpttos, data, kwargs in remote.messages:
    print(mailfrom, rcpttos, [line for line in data.splitlines() if not line.startswith("X-Peer")],
          [line.split(":")[0] for line in data.splitlines() if line.startswith("X-Peer")])
try:
    smtpd.PureProxy(("127.0.0.1", 0), None, map={}, enable_SMTPUTF8=True)
except ValueError as exc:
    print("ValueError:", exc)
try:
    smtpd.SMTPServer(("127.0.0.1", 0), None, map={}, enable_SMTPUTF8=True, decode_data=True)
except ValueError as exc:
    print("ValueError:", exc)

print("== a raw dialogue with SMTPChannel")


class Quiet(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        print("  process_message:", mailfrom, rcpttos, data, kwargs)


def dialogue(commands, **options):
    channels = {}
    srv = Quiet(("127.0.0.1", 0), None, map=channels, **options)
    a, b = socket.socketpair()
    channel = smtpd.SMTPChannel(srv, a, ("peer", 1), srv.data_size_limit, channels,
                                srv.enable_SMTPUTF8, srv._decode_data)
    b.setblocking(False)

    def response():
        got = b""
        for _ in range(200):
            asyncore.loop(timeout=0.05, map=channels, count=1)
            try:
                got += b.recv(65536)
            except BlockingIOError:
                pass
            lines = got.split(b"\r\n")
            if got.endswith(b"\r\n") and lines[-2][3:4] != b"-":
                break
        return [clean(line.decode("utf-8")) for line in got.split(b"\r\n")[:-1]]

    print(" ", response())
    for command in commands:
        b.sendall(command)
        print(" ", command, response())
    print("  channel state:", channel.smtp_state, channel.mailfrom, channel.rcpttos,
          channel.seen_greeting, channel.extended_smtp, channel.num_bytes)
    srv.close()
    channel.close()
    b.close()


dialogue([b"MAIL FROM:<a@b.c>\r\n", b"HELO\r\n", b"HELO there\r\n", b"HELO again\r\n",
          b"NOOP\r\n", b"NOOP x\r\n", b"RCPT TO:<x@y.z>\r\n", b"DATA\r\n",
          b"MAIL FROM:<a@b.c> SIZE=10\r\n", b"MAIL\r\n", b"MAIL FROM:\r\n",
          b"MAIL FROM:<a@b.c>\r\n", b"MAIL FROM:<d@e.f>\r\n", b"RCPT\r\n", b"RCPT TO:\r\n",
          b"RCPT TO:<x@y.z>\r\n", b"rcpt to: plain@y.z\r\n", b"DATA now\r\n", b"DATA\r\n",
          b"line one\r\n..dotted\r\n.\r\n", b"\r\n", b"BOGUS\r\n", b"EXPN list\r\n",
          b"VRFY\r\n", b"VRFY <a@b.c>\r\n", b"VRFY <>\r\n", b"HELP\r\n", b"HELP MAIL\r\n",
          b"HELP nothing\r\n", b"RSET x\r\n", b"RSET\r\n", b"x" * 600 + b"\r\n", b"QUIT\r\n"])
dialogue([b"EHLO\r\n", b"EHLO client\r\n", b"HELP MAIL\r\n", b"HELP RCPT\r\n",
          b"MAIL FROM:<a@b.c> SIZE=999999999\r\n", b"MAIL FROM:<a@b.c> SIZE=x\r\n",
          b"MAIL FROM:<a@b.c> BODY=9BIT\r\n", b"MAIL FROM:<a@b.c> FOO=1\r\n",
          b"MAIL FROM:<a@b.c> =1\r\n", b"MAIL FROM:<a@b.c> SMTPUTF8\r\n",
          b"MAIL FROM:<a@b.c> BODY=8BITMIME SIZE=5\r\n", b"RCPT TO:<x@y.z> NOTIFY=NEVER\r\n",
          b"RCPT TO:<x@y.z>\r\n", b"DATA\r\n", b"too much data here\r\n.\r\n",
          b"tiny\r\n.\r\n", b"QUIT\r\n"],
         data_size_limit=10)
dialogue([b"EHLO client\r\n", b"MAIL FROM:<a@b.c> SMTPUTF8\r\n", b"RCPT TO:<x@y.z>\r\n",
          b"DATA\r\n", "caf\u00e9\r\n.\r\n".encode("utf-8"), b"QUIT\r\n"],
         enable_SMTPUTF8=True)
dialogue([b"HELO h\r\n", b"MAIL FROM:<a@b.c>\r\n", b"RCPT TO:<x@y.z>\r\n", b"DATA\r\n",
          b"text\r\n.\r\n", b"EHLO h\r\n"], decode_data=True)

print("== module attributes, Options and parseargs")
print([name for name in smtpd.__all__ if name != "MailmanProxy"])  # (MailmanProxy: gone in 3.11)
print(smtpd.__version__, smtpd.DATA_SIZE_DEFAULT, repr(smtpd.NEWLINE), repr(smtpd.COMMASPACE))
print(type(smtpd.DEBUGSTREAM).__name__, smtpd.DEBUGSTREAM.write("x"), smtpd.DEBUGSTREAM.flush())
print(smtpd.SMTPServer.channel_class is smtpd.SMTPChannel, smtpd.SMTPChannel.COMMAND,
      smtpd.SMTPChannel.DATA, smtpd.SMTPChannel.command_size_limit)
print(issubclass(smtpd.PureProxy, smtpd.SMTPServer), issubclass(smtpd.SMTPChannel, smtpd.asynchat.async_chat))
o = smtpd.Options()
print(o.setuid, o.classname, o.size_limit, o.enable_SMTPUTF8)
saved = sys.argv, sys.stderr
sys.stderr = open(os.devnull, "w")
try:
    for argv in (["prog"], ["prog", "-n", "-c", "DebuggingServer", "localhost:2525", "relay:26"],
                 ["prog", "--nosetuid", "--size", "1000", "--smtputf8", "host:1"],
                 ["prog", "-s", "big"], ["prog", "a:b"], ["prog", "abc"], ["prog", "x:1", "y"],
                 ["prog", "x:1", "y:z"], ["prog", "x:1", "y:2", "z"], ["prog", "-q"], ["prog", "-h"]):
        sys.argv = argv
        try:
            print(argv[1:], sorted(vars(smtpd.parseargs()).items()))
        except SystemExit as exc:
            print(argv[1:], "SystemExit", exc.code)
    sys.argv = ["prog", "-V"]
    try:
        smtpd.parseargs()
    except SystemExit as exc:
        print("-V: SystemExit", exc.code)
finally:
    sys.stderr.close()
    sys.argv, sys.stderr = saved
