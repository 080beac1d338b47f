"""The `asyncore` module, restored by pythonc for code written for Python 3.11 and older.

`asyncore` (select()/poll() driven socket channels) was deprecated in 3.6 and removed in 3.12
in favour of `asyncio`.  This file is a fresh implementation of its documented interface, as
the 3.11 library reference describes it, with the details old code can observe (reprs, log
lines, which handler runs for which event, what is swallowed and what propagates) matched
against the real interpreters.  pythonc serves it only where the running Python has no
`asyncore` of its own; importing it emits one `_compat.CompatDeprecationWarning`.
"""

__shim__ = {"id": "asyncore-module", "removed_in": "3.12", "replacement": "asyncio"}

# The old module exposed these names at its top level; code written against it sometimes
# reached them through `asyncore.` (asyncore.socket, asyncore.EWOULDBLOCK, ...).
import os, select, socket, sys, time, warnings  # noqa: E401
from errno import (EAGAIN, EALREADY, EBADF, ECONNABORTED, ECONNRESET, EINPROGRESS, EINVAL,
                   EISCONN, ENOTCONN, EPIPE, ESHUTDOWN, EWOULDBLOCK, errorcode)


# The default channel map: file descriptor -> dispatcher.
socket_map = {}


class ExitNow(Exception):
    """Raise it from a handler to leave loop(): unlike other exceptions, the polling
    functions let it through instead of handing it to the channel's handle_error()."""


# What the polling functions never swallow.
_reraised_exceptions = (ExitNow, KeyboardInterrupt, SystemExit)

# errno values that mean "the peer is gone": send() and recv() answer them by closing.
_DISCONNECTED = frozenset((ECONNRESET, ENOTCONN, ESHUTDOWN, ECONNABORTED, EPIPE, EBADF))


def _strerror(err):
    """A readable message for an errno value, never raising."""
    try:
        return os.strerror(err)
    except (ValueError, OverflowError, NameError):
        return errorcode.get(err, "Unknown error %s" % err)


def _default_handler(name, event):
    """A handle_*() method that only logs `event` as unhandled, at the 'warning' level
    (which ignore_log_types hides by default)."""
    def handler(self):
        self.log_info("unhandled %s" % event, "warning")
    handler.__name__ = name
    handler.__qualname__ = "dispatcher." + name
    handler.__doc__ = "Called on %s; override it.  By default logs it as unhandled." % event
    return handler


# ---- channels -----------------------------------------------------------------------------

class dispatcher:
    """A thin non-blocking wrapper around a socket, registered in a channel map, whose
    handle_*() methods the polling loop calls as events arrive.  Subclass it and override
    the handlers you need."""

    debug = connected = accepting = connecting = closing = False
    addr = None
    ignore_log_types = frozenset({"warning"})

    def __init__(self, sock=None, map=None):
        """Wrap `sock` (made non-blocking and entered in the map at once), or nothing
        until create_socket() or set_socket().  `map` defaults to socket_map."""
        self._map = socket_map if map is None else map
        self._fileno = None
        if sock is None:
            self.socket = None
            return
        sock.setblocking(False)
        self.set_socket(sock, map)
        self.connected = True
        try:
            self.addr = sock.getpeername()
        except OSError as exc:
            if exc.errno not in (ENOTCONN, EINVAL):
                self.del_channel(map)
                raise
            # Not connected (yet): still a valid channel, without an address.
            self.connected = False

    # -- events, as the polling functions deliver them

    def handle_read_event(self):
        """Readable: a connection to accept when listening, else (having completed a
        pending connect) data for handle_read()."""
        if self.accepting:
            self.handle_accept()
        else:
            self._finish_connecting()
            self.handle_read()

    def handle_write_event(self):
        """Writable: completes a pending connect, then handle_write(); ignored while
        listening."""
        if not self.accepting:
            self._finish_connecting()
            self.handle_write()

    def handle_expt_event(self):
        """An exceptional condition: a pending socket error closes the channel, anything
        else is out-of-band data for handle_expt()."""
        pending = self.socket.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if pending:
            self.handle_close()
        else:
            self.handle_expt()

    def handle_connect_event(self):
        """The socket's non-blocking connect finished: OSError if it failed, else
        handle_connect() (which still sees connected False), then the channel counts as
        connected."""
        status = self.socket.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if status:
            raise OSError(status, _strerror(status))
        self.handle_connect()
        self.connected, self.connecting = True, False

    def _finish_connecting(self):
        if self.connecting and not self.connected:
            self.handle_connect_event()

    def handle_error(self):
        """Log the exception being handled (as an 'error' through log_info), then
        handle_close()."""
        where, exc_type, exc_value, frames = compact_traceback()
        try:
            shown = repr(self)
        except BaseException:
            shown = "<__repr__(self) failed for object at %0x>" % id(self)
        self.log_info("uncaptured python exception, closing channel %s (%s:%s %s)"
                      % (shown, exc_type, exc_value, frames), "error")
        self.handle_close()

    # -- what subclasses override

    handle_read = _default_handler("handle_read", "read event")
    handle_write = _default_handler("handle_write", "write event")
    handle_connect = _default_handler("handle_connect", "connect event")
    handle_expt = _default_handler("handle_expt", "incoming priority event")

    def handle_accept(self):
        """A listening channel is readable: accept() and pass the new connection to
        handle_accepted()."""
        incoming = self.accept()
        if incoming is not None:
            self.handle_accepted(*incoming)

    def handle_accepted(self, sock, addr):
        """A new connection `sock` from `addr`; by default it is closed and logged."""
        sock.close()
        self.log_info("unhandled accepted event", "warning")

    def handle_close(self):
        """The peer closed the connection; by default logged, then close()."""
        self.log_info("unhandled close event", "warning")
        self.close()

    def readable(self):
        """Whether the loop should watch this channel for reading (always, by default)."""
        return True

    def writable(self):
        """Whether the loop should watch this channel for writing (always, by default)."""
        return True

    # -- socket operations

    def create_socket(self, family=socket.AF_INET, type=socket.SOCK_STREAM):
        """Open a non-blocking socket of `family` and `type` and enter it in the map."""
        self.family_and_type = family, type
        fresh = socket.socket(family, type)
        fresh.setblocking(False)
        self.set_socket(fresh)

    def set_socket(self, sock, map=None):
        """Use `sock` (as is) for this channel and enter it in the map."""
        self.socket = sock
        self._fileno = sock.fileno()
        self.add_channel(map)

    def set_reuse_addr(self):
        """Let a listening address be reused at once (SO_REUSEADDR), where allowed."""
        level, option = socket.SOL_SOCKET, socket.SO_REUSEADDR
        try:
            self.socket.setsockopt(level, option, self.socket.getsockopt(level, option) | 1)
        except OSError:
            pass

    def bind(self, addr):
        """Bind the socket to `addr`, which also becomes self.addr."""
        self.addr = addr
        return self.socket.bind(addr)

    def listen(self, num):
        """Listen for connections (at most 5 queued on Windows); the channel now accepts."""
        self.accepting = True
        if os.name == "nt":
            num = min(num, 5)
        return self.socket.listen(num)

    def connect(self, address):
        """Start connecting to `address`; handle_connect() runs once the socket is
        connected (at once when it already is).  OSError for an immediate failure."""
        self.connected, self.connecting = False, True
        status = self.socket.connect_ex(address)
        in_progress = status in (EINPROGRESS, EALREADY, EWOULDBLOCK) or (
            status == EINVAL and os.name == "nt")
        if not in_progress and status not in (0, EISCONN):
            raise OSError(status, errorcode[status])
        self.addr = address
        if not in_progress:
            self.handle_connect_event()

    def accept(self):
        """(socket, address), or None when nothing is waiting to be accepted."""
        try:
            return self.socket.accept()
        except TypeError:
            return None
        except OSError as exc:
            if exc.errno not in (EWOULDBLOCK, ECONNABORTED, EAGAIN):
                raise
        return None

    def send(self, data):
        """Bytes sent; 0 when the socket would block or the peer is gone (then closed)."""
        try:
            return self.socket.send(data)
        except OSError as exc:
            if exc.errno == EWOULDBLOCK:
                return 0
            if exc.errno not in _DISCONNECTED:
                raise
        self.handle_close()
        return 0

    def recv(self, buffer_size):
        """Data read; b'' when the peer closed or went away (the channel is closed then)."""
        try:
            data = self.socket.recv(buffer_size)
        except OSError as exc:
            if exc.errno not in _DISCONNECTED:
                raise
            data = b""
        if not data:
            self.handle_close()
        return data or b""

    def close(self):
        """Leave the map and close the socket; the channel is neither connected, connecting
        nor accepting any more."""
        self.connected = self.accepting = self.connecting = False
        self.del_channel()
        if self.socket is not None:
            try:
                self.socket.close()
            except OSError as exc:
                if exc.errno not in (ENOTCONN, EBADF):
                    raise

    # -- membership in a channel map

    def add_channel(self, map=None):
        """Enter this channel in `map` (by default its own) under its file descriptor."""
        (self._map if map is None else map)[self._fileno] = self

    def del_channel(self, map=None):
        """Remove this channel from `map` (by default its own)."""
        (self._map if map is None else map).pop(self._fileno, None)
        self._fileno = None

    # -- reporting

    def log(self, message):
        """Write `message` to standard error."""
        sys.stderr.write("log: %s\n" % (message,))

    def log_info(self, message, type="info"):
        """Print "type: message", unless `type` is in ignore_log_types."""
        if type not in self.ignore_log_types:
            print("%s: %s" % (type, message))

    def __repr__(self):
        cls = self.__class__
        words = ["%s.%s" % (cls.__module__, cls.__qualname__)]
        if self.accepting and self.addr:
            words.append("listening")
        elif self.connected:
            words.append("connected")
        if self.addr is not None:
            try:
                words.append("%s:%d" % self.addr)
            except TypeError:
                words.append(repr(self.addr))
        return "<%s at %#x>" % (" ".join(words), id(self))


class dispatcher_with_send(dispatcher):
    """A dispatcher whose send() buffers: what the socket does not take at once is kept in
    out_buffer and written as the channel becomes writable."""

    def __init__(self, sock=None, map=None):
        dispatcher.__init__(self, sock, map)
        self.out_buffer = b""

    def send(self, data):
        """Queue `data` and send what the socket takes now."""
        if self.debug:
            self.log_info("sending %r" % (data,))
        self.out_buffer += data
        self.initiate_send()

    def initiate_send(self):
        """Send (up to 64 KiB of) the buffer and keep what did not go."""
        sent = dispatcher.send(self, self.out_buffer[:65536])
        self.out_buffer = self.out_buffer[sent:]

    def writable(self):
        """While connecting, or while anything is buffered (the buffer's length)."""
        return len(self.out_buffer) if self.connected else True

    def handle_write(self):
        self.initiate_send()


# ---- file descriptors (pipes, terminals) ------------------------------------------------------

class file_wrapper:
    """Just enough of the socket interface over a duplicate of a file descriptor for a
    dispatcher to drive it."""

    def __init__(self, fd):
        self.fd = os.dup(fd)

    def fileno(self):
        return self.fd

    def recv(self, *args):
        """os.read() on the descriptor."""
        return os.read(self.fd, *args)

    def send(self, *args):
        """os.write() on the descriptor."""
        return os.write(self.fd, *args)

    read, write = recv, send

    def getsockopt(self, level, optname, buflen=None):
        """Only the SO_ERROR query the dispatcher makes is answered (with 0)."""
        if (level, optname) == (socket.SOL_SOCKET, socket.SO_ERROR) and not buflen:
            return 0
        raise NotImplementedError("Only asyncore specific behaviour implemented.")

    def close(self):
        """Close the descriptor (once)."""
        fd, self.fd = self.fd, -1
        if fd >= 0:
            os.close(fd)

    def __del__(self):
        if self.fd >= 0:
            warnings.warn("unclosed file %r" % self, ResourceWarning, source=self)
        self.close()


class file_dispatcher(dispatcher):
    """A dispatcher over a file descriptor (or an object with fileno()), made
    non-blocking; it counts as connected from the start."""

    def __init__(self, fd, map=None):
        dispatcher.__init__(self, None, map)
        self.connected = True
        if hasattr(fd, "fileno"):
            fd = fd.fileno()
        self.set_file(fd)
        os.set_blocking(fd, False)

    def set_file(self, fd):
        """Use a file_wrapper over (a duplicate of) `fd` as this channel's socket."""
        wrapper = file_wrapper(fd)
        self.socket, self._fileno = wrapper, wrapper.fileno()
        self.add_channel()


# ---- helpers ------------------------------------------------------------------------------

def compact_traceback():
    """Summarise the exception being handled.

    Returns ((file, function, line), type, value, info), the first item naming the innermost
    frame (line as a string) and info listing every frame as "[file|function|line]".
    AssertionError when no exception is being handled."""
    exc_type, exc_value, tb = sys.exc_info()
    if not tb:
        raise AssertionError("traceback does not exist")
    frames = []
    while tb is not None:
        code = tb.tb_frame.f_code
        frames.append((code.co_filename, code.co_name, str(tb.tb_lineno)))
        tb = tb.tb_next
    info = " ".join("[%s|%s|%s]" % frame for frame in frames)
    return frames[-1], exc_type, exc_value, info


def close_all(map=None, ignore_all=False):
    """Close every channel of `map` (socket_map by default), then empty it.

    EBADF from a close() is ignored; other errors propagate unless `ignore_all` (the
    exceptions loop() never swallows always propagate)."""
    channels = socket_map if map is None else map
    for channel in list(channels.values()):
        try:
            channel.close()
        except OSError as exc:
            if exc.errno != EBADF and not ignore_all:
                raise
        except _reraised_exceptions:
            raise
        except BaseException:
            if not ignore_all:
                raise
    channels.clear()


# ---- polling ----------------------------------------------------------------------------------

def loop(timeout=30.0, use_poll=False, map=None, count=None):
    """Run polling passes until the map is empty, or at most `count` passes."""
    channels = socket_map if map is None else map
    one_pass = poll2 if use_poll and hasattr(select, "poll") else poll
    while channels:
        if count is not None:
            if count <= 0:
                break
            count -= 1
        one_pass(timeout, channels)


def poll(timeout=0.0, map=None):
    """One select() pass over the channels of `map` (socket_map by default).

    Returns at once on an empty map; sleeps `timeout` seconds when no channel is readable or
    writable.  A listening channel is never watched for writing."""
    channels = socket_map if map is None else map
    if not channels:
        return
    readers, writers, either = [], [], []
    for fd, channel in list(channels.items()):
        wants_read = channel.readable()
        wants_write = channel.writable()
        if wants_read:
            readers.append(fd)
        if wants_write and not channel.accepting:
            writers.append(fd)
        if wants_read or wants_write:
            either.append(fd)
    if not (readers or writers or either):
        time.sleep(timeout)
        return
    ready = select.select(readers, writers, either, timeout)
    for fds, handler in zip(ready, (read, write, _exception)):
        for fd in fds:
            channel = channels.get(fd)
            if channel is not None:
                handler(channel)


_POLL_IN = getattr(select, "POLLIN", 0)
_POLL_OUT = getattr(select, "POLLOUT", 0)
_POLL_PRI = getattr(select, "POLLPRI", 0)
_POLL_GONE = (getattr(select, "POLLHUP", 0) | getattr(select, "POLLERR", 0)
              | getattr(select, "POLLNVAL", 0))
_POLL_HANDLERS = ((_POLL_IN, "handle_read_event"), (_POLL_OUT, "handle_write_event"),
                  (_POLL_PRI, "handle_expt_event"))


def poll2(timeout=0.0, map=None):
    """One poll() pass over the channels of `map`; `timeout` is in seconds (None blocks)."""
    channels = socket_map if map is None else map
    if timeout is not None:
        timeout = int(timeout * 1000)
    if not channels:
        return
    poller = select.poll()
    for fd, channel in list(channels.items()):
        mask = _POLL_IN | _POLL_PRI if channel.readable() else 0
        if channel.writable() and not channel.accepting:
            mask |= _POLL_OUT
        if mask:
            poller.register(fd, mask)
    for fd, revents in poller.poll(timeout):
        channel = channels.get(fd)
        if channel is not None:
            readwrite(channel, revents)


poll3 = poll2


def readwrite(obj, flags):
    """Dispatch the revents `flags` a poll() pass reported for `obj`: read, write and
    priority events in that order, then handle_close() on a hang-up, error or invalid fd.
    An OSError meaning the peer went away closes the channel; other errors go to
    handle_error()."""
    try:
        for bit, event in _POLL_HANDLERS:
            if flags & bit:
                getattr(obj, event)()
        if flags & _POLL_GONE:
            obj.handle_close()
    except OSError as exc:
        if exc.errno in _DISCONNECTED:
            obj.handle_close()
        else:
            obj.handle_error()
    except _reraised_exceptions:
        raise
    except BaseException:
        obj.handle_error()


def _fire(channel, event):
    """Call channel.<event>(); anything but the re-raised exceptions goes to handle_error()."""
    try:
        getattr(channel, event)()
    except _reraised_exceptions:
        raise
    except BaseException:
        channel.handle_error()


def read(obj):
    """A select() pass found `obj` readable."""
    _fire(obj, "handle_read_event")


def write(obj):
    """A select() pass found `obj` writable."""
    _fire(obj, "handle_write_event")


def _exception(obj):
    """A select() pass found an exceptional condition (out-of-band data) on `obj`."""
    _fire(obj, "handle_expt_event")
