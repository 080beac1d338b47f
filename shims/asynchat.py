"""The `asynchat` module, restored by pythonc for code written for Python 3.11 and older.

`asynchat` (command/response channels on top of `asyncore`) was deprecated in 3.6 and removed
in 3.12 in favour of `asyncio`.  This file is a fresh implementation of its documented
interface, as the 3.11 library reference describes it, checked against the behaviour of the
real interpreters.  It builds on `asyncore` (the real one where the runtime still has it, else
pythonc's restored one).  pythonc serves it only where the running Python has no `asynchat`
of its own; importing it emits one `_compat.CompatDeprecationWarning`.
"""

__shim__ = {"id": "asynchat-module", "removed_in": "3.12", "replacement": "asyncio"}

import asyncore
from collections import deque


def find_prefix_at_end(haystack, needle):
    """The length of the longest proper prefix of `needle` that `haystack` ends with
    (0 when none; -1 for an empty needle)."""
    longest = len(needle) - 1
    while longest > 0 and not haystack.endswith(needle[:longest]):
        longest -= 1
    return longest


class simple_producer:
    """A producer over a bytes object: more() hands it out buffer_size bytes at a time,
    then b''."""

    def __init__(self, data, buffer_size=512):
        self.data, self.buffer_size = data, buffer_size

    def more(self):
        """The next piece (at most buffer_size long); b'' once all was handed out."""
        size = self.buffer_size
        if len(self.data) <= size:
            piece, self.data = self.data, b""
        else:
            piece, self.data = self.data[:size], self.data[size:]
        return piece


class async_chat(asyncore.dispatcher):
    """A dispatcher that splits its input at a terminator and queues its output.

    Subclasses provide collect_incoming_data(data), which receives the input piece by
    piece, and found_terminator(), called each time the current terminator (bytes, a byte
    count, or None for "never") has been reached.  Output is queued with push() and
    push_with_producer() and sent as the socket accepts it."""

    # How much one recv() asks for, and the largest piece one send() is given.
    ac_in_buffer_size = ac_out_buffer_size = 65536

    # With use_encoding set, str terminators and str output are encoded with `encoding`.
    use_encoding, encoding = 0, "latin-1"

    def __init__(self, sock=None, map=None):
        self.ac_in_buffer = b""     # received, not yet handed to collect_incoming_data()
        self.incoming = []          # what _collect_incoming_data() gathers for _get_data()
        self.producer_fifo = deque()    # bytes-like objects, producers, None = close here
        asyncore.dispatcher.__init__(self, sock, map)

    # -- output

    def push(self, data):
        """Queue bytes-like `data` (in pieces of at most ac_out_buffer_size) and start
        sending."""
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError("data argument must be byte-ish (%r)", type(data))
        limit = self.ac_out_buffer_size
        if len(data) <= limit:
            self.producer_fifo.append(data)
        else:
            self.producer_fifo.extend(data[start:start + limit]
                                      for start in range(0, len(data), limit))
        self.initiate_send()

    def push_with_producer(self, producer):
        """Queue a producer (an object whose more() returns the next data, b'' at the end)
        and start sending."""
        self.producer_fifo.append(producer)
        self.initiate_send()

    def close_when_done(self):
        """Close the channel once everything queued so far has been sent."""
        self.producer_fifo.append(None)

    def initiate_send(self):
        """Send the next piece of the queue (at most one send() call); producers are asked
        for more() as they reach the head of the queue, and a None there closes."""
        fifo = self.producer_fifo
        while fifo and self.connected:
            head = fifo[0]
            if not head:
                # An empty piece is dropped and ends this call; None closes the channel.
                fifo.popleft()
                if head is None:
                    self.handle_close()
                return
            limit = self.ac_out_buffer_size
            try:
                chunk = head[:limit]
            except TypeError:
                # A producer: what it yields goes in front of it; exhausted, it leaves.
                produced = head.more()
                if produced:
                    fifo.appendleft(produced)
                else:
                    fifo.popleft()
                continue
            if isinstance(chunk, str) and self.use_encoding:
                chunk = chunk.encode(self.encoding)
            try:
                sent = self.send(chunk)
            except OSError:
                self.handle_error()
                return
            if sent:
                if sent < len(chunk) or len(head) > limit:
                    fifo[0] = head[sent:]
                else:
                    fifo.popleft()
            return

    def writable(self):
        """The queue itself (true while not empty), or True before the connection is made."""
        return self.producer_fifo or (not self.connected)

    def handle_write(self):
        self.initiate_send()

    # -- input

    def set_terminator(self, term):
        """bytes (or str, with use_encoding), a non-negative byte count, or None."""
        if isinstance(term, int) and term < 0:
            raise ValueError("the number of received bytes must be positive")
        if isinstance(term, str) and self.use_encoding:
            term = term.encode(self.encoding)
        self.terminator = term

    def get_terminator(self):
        """The current terminator (AttributeError before the first set_terminator())."""
        return self.terminator

    def readable(self):
        return 1

    def handle_read(self):
        """Read what arrived and hand it to collect_incoming_data(), calling
        found_terminator() at each terminator."""
        try:
            received = self.recv(self.ac_in_buffer_size)
        except BlockingIOError:
            return
        except OSError:
            self.handle_error()
            return
        if self.use_encoding and isinstance(received, str):
            # What the real module did with text received here (bytes(str, encoding)).
            raise TypeError("encoding without a string argument")
        self.ac_in_buffer += received
        # The terminator may change (or the buffer be discarded) in any callback, so both
        # are read again for every piece.
        while self.ac_in_buffer:
            pending = self.ac_in_buffer
            term = self.get_terminator()
            if not term:
                # None (or 0, b""): everything is data.
                self.collect_incoming_data(pending)
                self.ac_in_buffer = b""
            elif isinstance(term, int):
                self._count_down(pending, term)
            elif self._split_at(pending, term):
                break

    def _count_down(self, pending, term):
        """One step of handle_read() for a byte count."""
        if term > len(pending):
            self.collect_incoming_data(pending)
            self.ac_in_buffer = b""
            self.terminator = term - len(pending)
        else:
            self.collect_incoming_data(pending[:term])
            self.ac_in_buffer, self.terminator = pending[term:], 0
            self.found_terminator()

    def _split_at(self, pending, term):
        """One step of handle_read() for a bytes terminator; True when what is left must
        wait for more input."""
        found = pending.find(term)
        if found >= 0:
            if found:
                self.collect_incoming_data(pending[:found])
            self.ac_in_buffer = pending[found + len(term):]
            self.found_terminator()
            return False
        # Keep back a tail that could be the start of a terminator split across reads.
        partial = find_prefix_at_end(pending, term)
        if not partial:
            self.collect_incoming_data(pending)
            self.ac_in_buffer = b""
            return False
        if partial != len(pending):
            self.collect_incoming_data(pending[:-partial])
            self.ac_in_buffer = pending[-partial:]
        return True

    def collect_incoming_data(self, data):
        """Receives the input up to the terminator, possibly in several pieces."""
        raise NotImplementedError("must be implemented in subclass")

    def found_terminator(self):
        """Called each time the terminator has been reached."""
        raise NotImplementedError("must be implemented in subclass")

    def _collect_incoming_data(self, data):
        self.incoming.append(data)

    def _get_data(self):
        joined = b"".join(self.incoming)
        self.incoming.clear()
        return joined

    # -- the rest

    def discard_buffers(self):
        """Drop all pending input and output."""
        self.ac_in_buffer = b""
        self.incoming.clear()
        self.producer_fifo.clear()

    def handle_close(self):
        self.close()
