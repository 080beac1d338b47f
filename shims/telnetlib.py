"""The `telnetlib` module, restored by pythonc for code written for Python 3.12 and older.

`telnetlib` (a Telnet client, RFC 854) was deprecated in 3.11 and removed in 3.13 (PEP 594).
This file is a fresh implementation of its documented interface: the `Telnet` class with its
`read_*` family, `expect`, option negotiation (refusing every option unless a callback is
installed), sub-negotiation data, and the command and option byte constants.  pythonc serves
it only where the running Python has no `telnetlib` of its own; importing it emits one
`_compat.CompatDeprecationWarning` attributed to the importing line.
"""

__shim__ = {"id": "pep594-telnetlib", "removed_in": "3.13",
            "replacement": "PyPI telnetlib3 or standard-telnetlib"}

import selectors, socket, sys
from time import monotonic as _time

__all__ = ["Telnet"]

DEBUGLEVEL, TELNET_PORT = 0, 23


def _numbered(names, first):
    """Module constants: each name is the one byte counting up from `first`."""
    globals().update((name, bytes([code])) for code, name in enumerate(names.split(), first))


# Commands (RFC 854): SE is 240, and so on up to IAC, 255.
_numbered("SE NOP DM BRK IP AO AYT EC EL GA SB WILL WONT DO DONT IAC", 240)
# Options, by their arpa/telnet.h names without the TELOPT_ prefix: BINARY is 0, ...
_numbered("""BINARY ECHO RCP SGA NAMS STATUS TM RCTE NAOL NAOP NAOCRD NAOHTS NAOHTD NAOFFD
             NAOVTS NAOVTD NAOLFD XASCII LOGOUT BM DET SUPDUP SUPDUPOUTPUT SNDLOC TTYPE EOR
             TUID OUTMRK TTYLOC VT3270REGIME X3PAD NAWS TSPEED LFLOW LINEMODE XDISPLOC
             OLD_ENVIRON AUTHENTICATION ENCRYPT NEW_ENVIRON TN3270E XAUTH CHARSET RSP
             COM_PORT_OPTION SUPPRESS_LOCAL_ECHO TLS KERMIT SEND_URL FORWARD_X""", 0)
_numbered("PRAGMA_LOGON SSPI_LOGON PRAGMA_HEARTBEAT", 138)
theNULL = NOOPT = bytes(1)
EXOPL = bytes([255])
del _numbered

_TelnetSelector = getattr(selectors, "PollSelector", selectors.SelectSelector)

# Bytes that never reach the cooked queue (NUL and XON), the two-byte command prefixes
# that take an option byte, and what the default policy answers to each of them.
_DROPPED = (bytes(1), bytes([17]))
_REFUSAL = {DO: WONT, DONT: WONT, WILL: DONT, WONT: DONT}
_VERB = {DO: "DO", DONT: "DONT", WILL: "WILL", WONT: "WONT"}


def _watching(*sources):
    """A selector waiting for any of `sources` to become readable."""
    watcher = _TelnetSelector()
    for source in sources:
        watcher.register(source, selectors.EVENT_READ)
    return watcher


def _cut(tn, end=None):
    """Hand out the cooked queue (up to `end`) and keep the rest."""
    cooked = tn.cookedq
    cut = len(cooked) if end is None else end
    tn.cookedq = cooked[cut:]
    return cooked[:cut]


def _cook(tn, keep_reading):
    """Cook what is queued, then read and cook again as long as keep_reading() says so."""
    tn.process_rawq()
    while keep_reading():
        tn.fill_rawq()
        tn.process_rawq()


def _relay(tn, flush_with_data):
    """Copy what the connection offers to stdout; False once it is closed.  interact()
    flushes after writing, the listener thread flushes when there was nothing."""
    try:
        data = tn.read_eager()
    except EOFError:
        print("*** Connection closed by remote host ***")
        return False
    if data:
        sys.stdout.write(data.decode("ascii"))
    if bool(data) is flush_with_data:
        sys.stdout.flush()
    return True


class Telnet:
    """A client connection to a Telnet server.

    Telnet() starts unconnected (call open() later); Telnet(host[, port[, timeout]])
    connects at once.

    Received bytes wait in the raw queue (rawq, read position irawq); process_rawq() strips
    the Telnet commands out of them into the cooked queue (cookedq), or into the
    sub-negotiation queue (sbdataq) between IAC SB and IAC SE.  The read_* methods hand
    out the cooked queue."""

    def __init__(self, host=None, port=0, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        self.debuglevel = DEBUGLEVEL
        self.host, self.port, self.timeout = host, port, timeout
        self.sock = self.option_callback = None
        self.rawq = self.cookedq = self.iacseq = self.sbdataq = b""
        self.irawq = self.eof = self.sb = 0
        if host is not None:
            self.open(host, port, timeout)

    def open(self, host, port=0, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        """Connect to `host`; port 0 means 23.  Meant for an instance that is not connected
        yet (a second call leaks the first socket)."""
        self.eof = 0
        port = port or TELNET_PORT
        self.host, self.port, self.timeout = host, port, timeout
        sys.audit("telnetlib.Telnet.open", self, host, port)
        self.sock = socket.create_connection((host, port), timeout)

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __del__(self):
        self.close()

    def close(self):
        """Close the socket, if any; the instance then reads as closed (eof)."""
        sock, self.sock = self.sock, None
        self.eof, self.iacseq, self.sb = True, b"", 0
        if sock:
            sock.close()

    def msg(self, msg, *args):
        """Debug output on stdout (only when debuglevel is above 0), prefixed with the
        host and port; `msg` is %-formatted with `args` when there are any."""
        if self.debuglevel > 0:
            print("Telnet(%s,%s):" % (self.host, self.port), msg % args if args else msg)

    def set_debuglevel(self, debuglevel):
        """Set the debug level: the higher, the more is printed (on sys.stdout)."""
        self.debuglevel = debuglevel

    def get_socket(self):
        """The connection's socket (None when not connected)."""
        return self.sock

    def fileno(self):
        """The file descriptor of the connection's socket, for select() and friends."""
        return self.sock.fileno()

    def set_option_negotiation_callback(self, callback):
        """callback(socket, command, option) then decides about every option command
        received (IAC DO/DONT/WILL/WONT, and SB/SE with NOOPT) instead of the default
        refusal; None restores the default."""
        self.option_callback = callback

    def write(self, buffer):
        """Send bytes, each IAC (255) doubled so that the server reads it as data.  May
        block; OSError when the connection is gone."""
        if IAC in buffer:
            buffer = buffer.replace(IAC, IAC * 2)
        sys.audit("telnetlib.Telnet.write", self, buffer)
        self.msg("send %r", buffer)
        self.sock.sendall(buffer)

    # ---- the raw queue ---------------------------------------------------------------------

    def fill_rawq(self):
        """Read from the socket into the raw queue (blocks); sets self.eof when the
        connection is closed."""
        if len(self.rawq) <= self.irawq:
            self.rawq, self.irawq = b"", 0
        chunk = self.sock.recv(50)
        self.msg("recv %r", chunk)
        self.eof = not chunk
        self.rawq += chunk

    def rawq_getchar(self):
        """One byte from the raw queue, reading the socket when it is empty (blocks).
        EOFError at the end of the connection."""
        if not self.rawq:
            self.fill_rawq()
            if self.eof:
                raise EOFError
        at = self.irawq
        self.irawq = at + 1
        byte = self.rawq[at:at + 1]
        if len(self.rawq) <= self.irawq:
            self.rawq, self.irawq = b"", 0
        return byte

    def sock_avail(self):
        """True when reading the socket would not block."""
        with _watching(self) as watcher:
            return bool(watcher.select(0))

    def process_rawq(self):
        """Transfer from raw queue to cooked queue: Telnet commands are interpreted and
        removed, data between IAC SB and IAC SE goes to the sub-negotiation queue."""
        parts = ([], [])            # ordinary data, sub-negotiation data
        try:
            while self.rawq:
                byte = self.rawq_getchar()
                pending = self.iacseq
                if not pending:
                    if byte == IAC:
                        self.iacseq = byte
                    elif byte not in _DROPPED:
                        parts[self.sb].append(byte)
                elif len(pending) == 1 and byte in _REFUSAL:
                    self.iacseq = pending + byte        # IAC DO/DONT/WILL/WONT: an option follows
                elif len(pending) == 1:
                    self.iacseq = b""
                    if byte == IAC:                     # IAC IAC: one 255 data byte
                        parts[self.sb].append(byte)
                    else:
                        self._bare_command(byte, parts)
                else:
                    self.iacseq = b""
                    self._option_command(pending[1:2], byte)
        except EOFError:            # the connection closed in the middle of a command
            self.iacseq, self.sb = b"", 0
        self.cookedq += b"".join(parts[0])
        self.sbdataq += b"".join(parts[1])

    def _bare_command(self, command, parts):
        # IAC SB opens a sub-negotiation, IAC SE closes it; every two-byte command is shown
        # to the callback with NOOPT (or just logged).
        if command == SB:
            self.sb, self.sbdataq = 1, b""
        elif command == SE:
            self.sb = 0
            self.sbdataq += b"".join(parts[1])
            del parts[1][:]
        if not self.option_callback:
            self.msg("IAC %d not recognized" % ord(command))
            return
        self.option_callback(self.sock, command, NOOPT)

    def _option_command(self, command, option):
        self.msg("IAC %s %d", _VERB[command], ord(option))
        if not self.option_callback:
            self.sock.sendall(IAC + _REFUSAL[command] + option)
            return
        self.option_callback(self.sock, command, option)

    # ---- reading -------------------------------------------------------------------------

    def read_very_lazy(self):
        """The cooked queue as it is, b"" when empty; never reads or cooks anything.
        EOFError when the connection is closed and no data is queued at all."""
        cooked = _cut(self)
        if not cooked and self.eof and not self.rawq:
            raise EOFError("telnet connection closed")
        return cooked

    def read_lazy(self):
        """Process and return data that's already in the queues (lazy); never reads the
        socket."""
        _cook(self, lambda: False)
        return self.read_very_lazy()

    def read_eager(self):
        """Read readily available data: the socket is read only while nothing is
        cooked and it does not block."""
        _cook(self, lambda: not (self.cookedq or self.eof) and self.sock_avail())
        return self.read_very_lazy()

    def read_very_eager(self):
        """Read everything that can be read without blocking."""
        _cook(self, lambda: not self.eof and self.sock_avail())
        return self.read_very_lazy()

    def read_some(self):
        """At least one cooked byte, blocking until there is one, or b"" at the end of the
        connection."""
        _cook(self, lambda: not (self.cookedq or self.eof))
        return _cut(self)

    def read_all(self):
        """Everything until the server closes the connection (blocks until then)."""
        _cook(self, lambda: not self.eof)
        return _cut(self)

    def read_sb_data(self):
        """The bytes collected between IAC SB and IAC SE so far (b"" if none); never
        blocks."""
        collected, self.sbdataq = self.sbdataq, b""
        return collected

    def read_until(self, match, timeout=None):
        """Read until the bytes `match` arrive, and return everything up to and including
        them.  Without them -- `timeout` seconds passed or the connection closed -- return
        what is cooked then (perhaps b""); EOFError when the connection is closed and
        nothing is left."""
        width = len(match)
        self.process_rawq()
        hit = self.cookedq.find(match)
        if hit < 0:
            remaining = timeout
            deadline = None if timeout is None else _time() + timeout
            with _watching(self) as watcher:
                while hit < 0 and not self.eof and watcher.select(remaining):
                    # Only the tail can complete a match started in old data.
                    since = max(0, len(self.cookedq) - width)
                    self.fill_rawq()
                    self.process_rawq()
                    hit = self.cookedq.find(match, since)
                    if hit < 0 and deadline is not None:
                        remaining = deadline - _time()
                        if remaining < 0:
                            break
            if hit < 0:
                return self.read_very_lazy()
        return _cut(self, hit + width)

    def expect(self, list, timeout=None):
        """Wait for the first of several regular expressions (compiled, or bytes patterns)
        to match, at most `timeout` seconds when one is given.

        Gives (position of the pattern in `list`, its match object, the bytes read up to
        the end of the match); on a timeout or at the end of the connection (-1, None,
        whatever was read, possibly b"").  EOFError when the connection is closed and
        nothing at all was read."""
        import re
        patterns = list[:]          # a copy of the same type: a tuple of strings fails here
        for index, pattern in enumerate(list):
            if not hasattr(pattern, "search"):
                patterns[index] = re.compile(pattern)
        remaining = timeout
        deadline = None if timeout is None else _time() + timeout
        with _watching(self) as watcher:
            while True:
                self.process_rawq()
                for index, pattern in enumerate(patterns):
                    found = pattern.search(self.cookedq)
                    if found:
                        return index, found, _cut(self, found.end())
                if self.eof:
                    break
                if deadline is not None:
                    ready = watcher.select(remaining)
                    remaining = deadline - _time()
                    if not ready and remaining < 0:
                        break
                    if not ready:
                        continue
                self.fill_rawq()
        leftover = self.read_very_lazy()
        if self.eof and not leftover:
            raise EOFError
        return -1, None, leftover

    # ---- interactive use -------------------------------------------------------------------

    def interact(self):
        """A dumb terminal: the connection goes to stdout and stdin lines to the connection,
        until either side ends."""
        if sys.platform == "win32":
            return self.mt_interact()
        with _watching(self, sys.stdin) as watcher:
            while True:
                for key, _ in watcher.select():
                    if key.fileobj is self:
                        if not _relay(self, True):
                            return
                    elif key.fileobj is sys.stdin:
                        typed = sys.stdin.readline().encode("ascii")
                        if not typed:
                            return
                        self.write(typed)

    def mt_interact(self):
        """interact() for platforms where select() cannot watch stdin: a thread copies the
        connection while this one sends stdin."""
        import _thread
        _thread.start_new_thread(self.listener, ())
        for typed in iter(sys.stdin.readline, ""):
            self.write(typed.encode("ascii"))

    def listener(self):
        """mt_interact()'s thread: copy the connection to stdout until it closes."""
        while _relay(self, False):
            pass


def test():
    """Command line: python -m telnetlib [-d]... [host [port]] -- an interactive session
    with `host` (localhost by default) on `port` (a number or a service name; 23 by
    default); each -d raises the debug level."""
    debuglevel = 0
    while sys.argv[1:2] == ["-d"]:
        debuglevel += 1
        del sys.argv[1]
    host = sys.argv[1] if len(sys.argv) > 1 else "localhost"
    port = 0
    if len(sys.argv) > 2:
        service = sys.argv[2]
        try:
            port = int(service)
        except ValueError:          # a service name, such as "telnet"
            port = socket.getservbyname(service, "tcp")
    with Telnet() as tn:
        tn.set_debuglevel(debuglevel)
        tn.open(host, port, timeout=0.5)
        tn.interact()


if __name__ == "__main__":
    test()
