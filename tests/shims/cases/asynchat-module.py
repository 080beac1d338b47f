"""Shim case asynchat-module: the `asynchat` module (removed in 3.12).

A line-oriented command server (async_chat with a b"\\r\\n" terminator, switching to a byte
count for a payload, then to None) talking to an async_chat client over a socketpair, driven by
asyncore.loop(); then the pieces in isolation: terminators split across reads, push() of large
and non-bytes data, producers, close_when_done, discard_buffers, find_prefix_at_end.  3.8 did
not warn at import.
"""
import asynchat
import asyncore
import socket


class CommandChannel(asynchat.async_chat):
    """Server side: commands end with CRLF; 'DATA n' is followed by n raw bytes."""

    def __init__(self, sock, map, log):
        asynchat.async_chat.__init__(self, sock, map=map)
        self.log = log
        self.set_terminator(b"\r\n")
        self.buffer = []

    def collect_incoming_data(self, data):
        self.buffer.append(data)

    def found_terminator(self):
        data = b"".join(self.buffer)
        self.buffer = []
        term = self.get_terminator()
        if isinstance(term, int):
            self.log.append(("payload", data))
            self.push(b"GOT " + str(len(data)).encode() + b"\r\n")
            self.set_terminator(b"\r\n")
            return
        self.log.append(("command", data))
        if data.startswith(b"DATA "):
            self.set_terminator(int(data[5:]))
        elif data == b"BIG":
            self.push(b"B" * 100000 + b"\r\n")
        elif data == b"PRODUCE":
            self.push_with_producer(asynchat.simple_producer(b"p" * 1300 + b"\r\n", 512))
        elif data == b"QUIT":
            self.push(b"BYE\r\n")
            self.close_when_done()
        else:
            self.push(b"ECHO " + data + b"\r\n")

    def handle_close(self):
        self.log.append(("close",))
        self.close()


class ClientChannel(asynchat.async_chat):
    def __init__(self, sock, map):
        asynchat.async_chat.__init__(self, sock, map=map)
        self.set_terminator(b"\r\n")
        self.lines = []
        self.closed = False

    def collect_incoming_data(self, data):
        self._collect_incoming_data(data)

    def found_terminator(self):
        line = self._get_data()
        self.lines.append(line if len(line) < 40 else (line[:3], len(line)))

    def handle_close(self):
        self.closed = True
        self.close()


print("== a session over a socketpair")
channels = {}
log = []
a, b = socket.socketpair()
server = CommandChannel(a, channels, log)
client = ClientChannel(b, channels)
print("terminators:", server.get_terminator(), client.get_terminator(), server.connected, len(channels))
client.push(b"HELLO\r\nDATA 11\r\n")
client.push(b"hello\r\nworl")
client.push(b"d\r\nBIG\r\n")
client.push(b"PRODUCE\r\nQUIT\r\n")
passes = 0
while not client.closed and passes < 500:
    asyncore.loop(timeout=1.0, map=channels, count=1)
    passes += 1
print("server log:", log)
print("client lines:", client.lines)
print("client closed:", client.closed, channels)

print("== terminators split across reads")


class Recorder(asynchat.async_chat):
    def __init__(self, sock, terminator):
        asynchat.async_chat.__init__(self, sock, map={})
        self.set_terminator(terminator)
        self.events = []

    def collect_incoming_data(self, data):
        self.events.append(data)

    def found_terminator(self):
        self.events.append("|")
        if self.get_terminator() == 0:
            self.set_terminator(b"END")


def feed(terminator, chunks, size=None):
    a, b = socket.socketpair()
    r = Recorder(a, terminator)
    if size:
        r.ac_in_buffer_size = size
    for chunk in chunks:
        b.sendall(chunk)
        r.handle_read()
    print(repr(terminator), r.events, r.ac_in_buffer, r.get_terminator())
    r.close()
    b.close()


feed(b"END", [b"abcE", b"NDdefEN", b"D", b"xyzE"])
feed(b"\r\n", [b"one\r", b"\ntwo\r\nthr", b"ee"])
feed(b"ab", [b"xxa", b"a", b"b"])
feed(5, [b"12", b"345678", b"9ENDtail"])
feed(None, [b"all ", b"of it"])
feed(b"--", [b"a--b--c--"], size=3)

print("== set_terminator and use_encoding")
c = asynchat.async_chat(map={})
try:
    c.get_terminator()
except AttributeError as exc:
    print("AttributeError before set_terminator")
c.set_terminator("text")
print(repr(c.get_terminator()))
c.use_encoding = 1
c.set_terminator("text")
print(repr(c.get_terminator()))
try:
    c.set_terminator(-1)
except ValueError as exc:
    print("ValueError:", exc)
c.set_terminator(0)
print(c.get_terminator())
print(asynchat.async_chat.ac_in_buffer_size, asynchat.async_chat.ac_out_buffer_size,
      asynchat.async_chat.use_encoding, asynchat.async_chat.encoding)

print("== push, producers, buffers")
a, b = socket.socketpair()
c = asynchat.async_chat(a, map={})
try:
    c.push("a str")
except TypeError as exc:
    print("TypeError:", exc.args[0], exc.args[1].__name__)
c.ac_out_buffer_size = 4
c.push(b"0123456789")
print("sent at once:", b.recv(100))
print("queued:", list(c.producer_fifo), bool(c.writable()))
while c.producer_fifo:
    c.initiate_send()
print(b.recv(100), bool(c.writable()), c.readable())
c.push(bytearray(b"ba"))
c.push(memoryview(b"mv"))
print(b.recv(100))
p = asynchat.simple_producer(b"abcdefghij", buffer_size=4)
print([p.more() for _ in range(4)])
c.ac_out_buffer_size = 65536
c.push_with_producer(asynchat.simple_producer(b"produced data", 5))
while c.producer_fifo:
    c.initiate_send()
print(b.recv(100))
c.producer_fifo.append(b"x")
c.ac_in_buffer = b"leftover"
c.incoming.append(b"partial")
c.discard_buffers()
print(c.ac_in_buffer, c.incoming, list(c.producer_fifo))
c.close_when_done()
print(list(c.producer_fifo))
c.initiate_send()
print("after close_when_done:", c.connected, c.socket.fileno())
b.close()

print("== not implemented in the base class")
c = asynchat.async_chat(map={})
for call in (lambda: c.collect_incoming_data(b"x"), c.found_terminator):
    try:
        call()
    except NotImplementedError as exc:
        print("NotImplementedError:", exc)
c._collect_incoming_data(b"ab")
c._collect_incoming_data(b"cd")
print(c._get_data(), c.incoming)

print("== find_prefix_at_end")
for hay, needle in ((b"qwerty\r", b"\r\n"), (b"qwertydkjf", b"\r\n"), (b"abcEN", b"END"),
                    (b"abcE", b"END"), (b"", b"END"), (b"xENDE", b"END")):
    print(hay, needle, asynchat.find_prefix_at_end(hay, needle))
print(issubclass(asynchat.async_chat, asyncore.dispatcher), asynchat.deque.__name__)
