"""The `smtpd` module, restored by pythonc for code written for Python 3.11 and older.

`smtpd` (a small SMTP server framework: RFC 5321, with the RFC 1870 SIZE and RFC 6531
SMTPUTF8 extensions) was deprecated in 3.6 and removed in 3.12 in favour of `aiosmtpd`.  This
file is a fresh implementation of the interface the library reference documents, with the
replies, debug trace and quirks that old code can observe matched against the real 3.8
interpreter.  It builds on `asyncore` and `asynchat` (the real ones where the runtime still
has them, else pythonc's restored ones).  pythonc serves it only where the running Python has
no `smtpd` of its own; importing it emits one `_compat.CompatDeprecationWarning`.

Run as a program (`python -m smtpd -h`) it starts one of its server classes.
"""

__shim__ = {"id": "smtpd-module", "removed_in": "3.12", "replacement": "aiosmtpd (PyPI)"}

# The old module had these at its top level, and old code sometimes reached them through it
# (smtpd.asyncore.loop(), smtpd.asynchat.async_chat, ...).
import asynchat, asyncore, collections, errno, getopt, os, socket, sys, time  # noqa: E401
from warnings import warn
import contextlib as _contextlib
from email._header_value_parser import get_addr_spec, get_angle_addr

__all__ = ["SMTPChannel", "SMTPServer", "DebuggingServer", "PureProxy", "MailmanProxy"]

__version__ = "Python SMTP proxy version 0.3"
program = sys.argv[0] if sys.argv else ""

DATA_SIZE_DEFAULT = 33554432    # 32 MiB, what EHLO announces as SIZE unless told otherwise
NEWLINE, COMMASPACE = "\n", ", "


class Devnull:
    """A file-like sink: what DEBUGSTREAM is unless debugging was asked for."""

    def write(self, msg):
        """Discard `msg`."""

    def flush(self):
        """Nothing to flush."""


DEBUGSTREAM = Devnull()


def _trace(*items):
    """One line on the module's current DEBUGSTREAM (looked up at each call)."""
    print(*items, file=DEBUGSTREAM)


# ---- reply texts ------------------------------------------------------------------------------

_HELLO_FIRST = "503 Error: send HELO first"
_PARAM_SUFFIX = " [SP <mail-parameters>]"
_COMMAND_LIST = "Supported commands: EHLO HELO MAIL RCPT DATA RSET NOOP QUIT VRFY"
_CANNOT_VRFY = "252 Cannot VRFY user, but will accept message and attempt delivery"

# HELP <topic>: the syntax line shown for each command (MAIL and RCPT gain _PARAM_SUFFIX once
# the client has said EHLO).
_HELP_TOPICS = {
    "EHLO": "EHLO hostname", "HELO": "HELO hostname",
    "MAIL": "MAIL FROM: <address>", "RCPT": "RCPT TO: <address>",
    "DATA": "DATA", "RSET": "RSET", "NOOP": "NOOP", "QUIT": "QUIT",
    "VRFY": "VRFY <address>",
}

# Old names of SMTPChannel attributes (double-underscore privates until 3.3) and their
# public successors; reaching them still works, with a DeprecationWarning each time.
_RENAMED = (("server", "smtp_server"), ("line", "received_lines"), ("state", "smtp_state"),
            ("greeting", "seen_greeting"), ("mailfrom", "mailfrom"), ("rcpttos", "rcpttos"),
            ("data", "received_data"), ("fqdn", "fqdn"), ("peer", "peer"), ("conn", "conn"),
            ("addr", "addr"))


def _renamed_property(old, new):
    template = "%s __%s attribute on SMTPChannel is deprecated, %s '%s' instead"

    def fget(channel):
        warn(template % ("Access to", old, "use", new), DeprecationWarning, 2)
        return getattr(channel, new)

    def fset(channel, value):
        warn(template % ("Setting", old, "set", new), DeprecationWarning, 2)
        setattr(channel, new, value)

    return property(fget, fset)


def _no_utf8_with_decoding(enable_SMTPUTF8, decode_data):
    if enable_SMTPUTF8 and decode_data:
        raise ValueError("decode_data and enable_SMTPUTF8 cannot be set to True at the same"
                         " time")


# ---- the per-connection protocol handler -------------------------------------------------------

class SMTPChannel(asynchat.async_chat):

    COMMAND, DATA = 0, 1

    # Longest command line accepted; after EHLO, per command (EHLO raises MAIL's, RFC 1870
    # and RFC 6531 each allowing some more for their parameters).  The dict is shared by all
    # channels, and every new channel empties it.
    command_size_limit = 512
    command_size_limits = collections.defaultdict(lambda limit=command_size_limit: limit)

    @property
    def max_command_size_limit(self):
        limits = self.command_size_limits
        return max(limits.values()) if limits else self.command_size_limit

    def __init__(self, server, conn, addr, data_size_limit=DATA_SIZE_DEFAULT, map=None,
                 enable_SMTPUTF8=False, decode_data=False):
        """Serve the client connected through socket `conn` (address `addr`) for `server`,
        greeting it at once; the channel registers itself in `map`."""
        asynchat.async_chat.__init__(self, conn, map=map)
        self.smtp_server, self.conn, self.addr = server, conn, addr
        self.data_size_limit, self.enable_SMTPUTF8, self._decode_data = (
            data_size_limit, enable_SMTPUTF8, decode_data)
        _no_utf8_with_decoding(enable_SMTPUTF8, decode_data)
        # What the received pieces are joined with, split at and unstuffed by: str or bytes,
        # depending on decode_data.
        if decode_data:
            self._pieces_kind = ("", "\r\n", ".", NEWLINE)
        else:
            self._pieces_kind = (b"", b"\r\n", ord("."), b"\n")
        self.seen_greeting, self.extended_smtp = "", False
        self.command_size_limits.clear()
        self._set_rset_state()
        self.fqdn = socket.getfqdn()
        if self._learn_peer(conn):
            _trace("Peer:", repr(self.peer))
            self.push("220 %s %s" % (self.fqdn, __version__))

    def _learn_peer(self, conn):
        """Set self.peer; False (channel closed) if the client is not connected (any more)."""
        try:
            self.peer = conn.getpeername()
            return True
        except OSError as exc:
            self.close()
            if exc.args[0] != errno.ENOTCONN:
                raise
        return False

    def _set_post_data_state(self):
        """Forget the mail transaction: back to reading commands."""
        self.smtp_state, self.mailfrom, self.rcpttos = self.COMMAND, None, []
        self.require_SMTPUTF8, self.num_bytes = False, 0
        self.set_terminator(b"\r\n")

    def _set_rset_state(self):
        """Forget the transaction and anything received."""
        self._set_post_data_state()
        self.received_lines, self.received_data = [], ""

    # -- input -----------------------------------------------------------------------------

    def push(self, msg):
        """Queue the reply line `msg` (str, CRLF added): ASCII, or UTF-8 once the client
        asked for SMTPUTF8 in MAIL FROM."""
        charset = "utf-8" if self.require_SMTPUTF8 else "ascii"
        asynchat.async_chat.push(self, (msg + "\r\n").encode(charset))

    def collect_incoming_data(self, data):
        """Keep a received piece, counting its size against the limit of the state."""
        if self.smtp_state == self.COMMAND:
            ceiling = self.max_command_size_limit
        elif self.smtp_state == self.DATA:
            ceiling = self.data_size_limit
        else:
            ceiling = None
        if ceiling:
            if self.num_bytes > ceiling:
                return      # already over: drop the rest, found_terminator() will complain
            self.num_bytes += len(data)
        self.received_lines.append(str(data, "utf-8") if self._decode_data else data)

    def found_terminator(self):
        """A command line or a whole message body has arrived: act on it."""
        received = self._pieces_kind[0].join(self.received_lines)
        _trace("Data:", repr(received))
        self.received_lines = []
        if self.smtp_state == self.COMMAND:
            self._run_command(received)
        elif self.smtp_state == self.DATA:
            self._end_of_data(received)
        else:
            self.push("451 Internal confusion")
            self.num_bytes = 0

    def _run_command(self, line):
        size, self.num_bytes = self.num_bytes, 0
        if not line:
            return self.push("500 Error: bad syntax")
        if not self._decode_data:
            line = str(line, "utf-8")
        verb, space, rest = line.partition(" ")
        verb = verb.upper()
        arg = rest.strip() if space else None
        if self.extended_smtp:
            allowed = self.command_size_limits[verb]
        else:
            allowed = self.command_size_limit
        if size > allowed:
            return self.push("500 Error: line too long")
        handler = getattr(self, "smtp_" + verb, None)
        if not handler:
            return self.push('500 Error: command "%s" not recognized' % verb)
        handler(arg)

    def _end_of_data(self, text):
        if self.data_size_limit and self.num_bytes > self.data_size_limit:
            self.push("552 Error: Too much mail data")
            self.num_bytes = 0
            return
        empty, crlf, dot, newline = self._pieces_kind
        # RFC 5321 4.5.2: a line starting with a dot had one more dot put in front of it.
        self.received_data = newline.join(
            piece[1:] if piece and piece[0] == dot else piece for piece in text.split(crlf))
        extra = {}
        if not self._decode_data:
            extra = {"mail_options": self.mail_options, "rcpt_options": self.rcpt_options}
        reply = self.smtp_server.process_message(self.peer, self.mailfrom, self.rcpttos,
                                                 self.received_data, **extra)
        self._set_post_data_state()
        self.push(reply if reply else "250 OK")

    # -- argument parsing -----------------------------------------------------------------

    def _strip_command_keyword(self, keyword, arg):
        """`arg` after a leading `keyword` (any case), stripped; '' without the keyword."""
        head, tail = arg[:len(keyword)], arg[len(keyword):]
        return tail.strip() if head.upper() == keyword else ""

    def _getaddr(self, arg):
        """(address, what follows it) for an RFC 5321 path, '<...>' or bare."""
        if not arg:
            return "", ""
        parse = get_angle_addr if arg.lstrip().startswith("<") else get_addr_spec
        token, rest = parse(arg)
        return (token.addr_spec if token else token), rest

    def _getparams(self, params):
        """{KEYWORD: value or True} for 'KEYWORD[=value]' items; None if one is malformed."""
        found = {}
        for item in params:
            keyword, equals, value = item.partition("=")
            if not keyword.isalnum() or (equals and not value):
                return None
            found[keyword] = value if equals else True
        return found

    def _path_command(self, arg, keyword, syntax):
        """The address and parameter words of MAIL FROM:/RCPT TO:, or None after replying."""
        if arg is not None:
            address, params = self._getaddr(self._strip_command_keyword(keyword, arg))
            if address and (self.extended_smtp or not params):
                return address, params.upper().split()
        self.push(syntax)
        return None

    def _syntax(self, verb):
        text = "501 Syntax: " + _HELP_TOPICS[verb]
        return text + _PARAM_SUFFIX if self.extended_smtp else text

    # -- commands ---------------------------------------------------------------------------

    def _greet(self, arg, verb):
        if not arg:
            self.push("501 Syntax: %s hostname" % verb)
            return False
        if self.seen_greeting:
            self.push("503 Duplicate HELO/EHLO")
            return False
        self._set_rset_state()
        self.seen_greeting = arg
        return True

    def smtp_HELO(self, arg):
        """HELO hostname: plain SMTP session."""
        if self._greet(arg, "HELO"):
            self.push("250 %s" % self.fqdn)

    def smtp_EHLO(self, arg):
        """EHLO hostname: extended session; the reply lists the extensions offered."""
        if self._greet(arg, "EHLO"):
            self.extended_smtp = True
            offers = [self.fqdn]
            if self.data_size_limit:
                offers.append("SIZE %s" % self.data_size_limit)
                self.command_size_limits["MAIL"] += 26      # RFC 1870: " SIZE=<digits>"
            if not self._decode_data:
                offers.append("8BITMIME")
            if self.enable_SMTPUTF8:
                offers.append("SMTPUTF8")
                self.command_size_limits["MAIL"] += 10      # RFC 6531: " SMTPUTF8"
            offers.append("HELP")
            for line in offers[:-1]:
                self.push("250-" + line)
            self.push("250 " + offers[-1])

    def smtp_NOOP(self, arg):
        """NOOP (takes no argument)."""
        self.push("501 Syntax: NOOP" if arg else "250 OK")

    def smtp_QUIT(self, arg):
        """QUIT: say goodbye and close once the reply is sent (any argument is ignored)."""
        self.push("221 Bye")
        self.close_when_done()

    def smtp_HELP(self, arg):
        """HELP [command]: the supported commands, or the syntax of one."""
        if not arg:
            return self.push("250 " + _COMMAND_LIST)
        topic = arg.upper()
        if topic not in _HELP_TOPICS:
            return self.push("501 " + _COMMAND_LIST)
        if topic in ("MAIL", "RCPT"):
            return self.push("250 " + self._syntax(topic)[4:])
        self.push("250 Syntax: " + _HELP_TOPICS[topic])

    def smtp_VRFY(self, arg):
        """VRFY address: never verifies, but says the address would be tried."""
        if not arg:
            return self.push("501 Syntax: VRFY <address>")
        address = self._getaddr(arg)[0]
        self.push(_CANNOT_VRFY if address else "502 Could not VRFY %s" % arg)

    def smtp_MAIL(self, arg):
        """MAIL FROM:<address> [parameters]: start a mail transaction."""
        if not self.seen_greeting:
            return self.push(_HELLO_FIRST)
        _trace("===> MAIL", arg)
        syntax = self._syntax("MAIL")
        parsed = self._path_command(arg, "FROM:", syntax)
        if parsed is None:
            return
        if self.mailfrom:
            return self.push("503 Error: nested MAIL command")
        address, self.mail_options = parsed
        params = self._getparams(self.mail_options)
        problem = syntax if params is None else self._check_mail_params(params, syntax)
        if problem:
            return self.push(problem)
        self.mailfrom = address
        _trace("sender:", address)
        self.push("250 OK")

    def _check_mail_params(self, params, syntax):
        """The error reply for MAIL FROM parameters (consumed from `params`), or None."""
        if not self._decode_data:
            if params.pop("BODY", "7BIT") not in ("7BIT", "8BITMIME"):
                return "501 Error: BODY can only be one of 7BIT, 8BITMIME"
        if self.enable_SMTPUTF8:
            flag = params.pop("SMTPUTF8", False)
            if flag is True:
                self.require_SMTPUTF8 = True
            elif flag is not False:
                return "501 Error: SMTPUTF8 takes no arguments"
        size = params.pop("SIZE", None)
        if size:
            if not size.isdigit():
                return syntax
            if self.data_size_limit and int(size) > self.data_size_limit:
                return "552 Error: message size exceeds fixed maximum message size"
        if params:
            return "555 MAIL FROM parameters not recognized or not implemented"
        return None

    def smtp_RCPT(self, arg):
        """RCPT TO:<address>: add a recipient (no RCPT parameter is supported)."""
        if not self.seen_greeting:
            return self.push(_HELLO_FIRST)
        _trace("===> RCPT", arg)
        if not self.mailfrom:
            return self.push("503 Error: need MAIL command")
        syntax = self._syntax("RCPT")
        parsed = self._path_command(arg, "TO:", syntax)
        if parsed is None:
            return
        address, self.rcpt_options = parsed
        params = self._getparams(self.rcpt_options)
        if params is None:
            return self.push(syntax)
        if params:
            return self.push("555 RCPT TO parameters not recognized or not implemented")
        self.rcpttos += [address]
        _trace("recips:", self.rcpttos)
        self.push("250 OK")

    def smtp_RSET(self, arg):
        """RSET: abandon the transaction (the greeting stays)."""
        if not arg:
            self._set_rset_state()
        self.push("501 Syntax: RSET" if arg else "250 OK")

    def smtp_DATA(self, arg):
        """DATA: the message follows, up to a line holding a single dot."""
        if not self.seen_greeting:
            return self.push(_HELLO_FIRST)
        if not self.rcpttos:
            return self.push("503 Error: need RCPT command")
        if arg:
            return self.push("501 Syntax: DATA")
        self.set_terminator(b"\r\n.\r\n")
        self.smtp_state = self.DATA
        self.push("354 End data with <CR><LF>.<CR><LF>")

    def smtp_EXPN(self, arg):
        """EXPN: mailing list expansion is not offered."""
        self.push("502 EXPN not implemented")


for _old, _new in _RENAMED:
    setattr(SMTPChannel, "_SMTPChannel__" + _old, _renamed_property(_old, _new))
del _old, _new


# ---- servers ----------------------------------------------------------------------------------

class SMTPServer(asyncore.dispatcher):
    # The class each accepted connection is handed to.
    channel_class = SMTPChannel

    def __init__(self, localaddr, remoteaddr, data_size_limit=DATA_SIZE_DEFAULT, map=None,
                 enable_SMTPUTF8=False, decode_data=False):
        """Listen on `localaddr` (host, port); `remoteaddr` is kept for relaying subclasses.
        Each accepted connection gets a channel_class instance sharing `map`."""
        self._localaddr, self._remoteaddr = localaddr, remoteaddr
        self.data_size_limit, self.enable_SMTPUTF8, self._decode_data = (
            data_size_limit, enable_SMTPUTF8, decode_data)
        _no_utf8_with_decoding(enable_SMTPUTF8, decode_data)
        super().__init__(map=map)
        self._open_listener(localaddr)
        _trace("%s started at %s\n\tLocal addr: %s\n\tRemote addr:%s" % (
            type(self).__name__, time.ctime(time.time()), localaddr, remoteaddr))

    def _open_listener(self, localaddr):
        ok = False
        try:
            found = socket.getaddrinfo(*localaddr, type=socket.SOCK_STREAM)
            self.create_socket(*found[0][:2])
            self.set_reuse_addr()
            self.bind(localaddr)
            self.listen(5)
            ok = True
        finally:
            if not ok:
                self.close()

    def handle_accepted(self, conn, addr):
        _trace("Incoming connection from %s" % repr(addr))
        self.channel_class(self, conn, addr, self.data_size_limit, self._map,
                           self.enable_SMTPUTF8, self._decode_data)

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        """Handle one received message; return None for '250 OK', else the reply to send.

        peer is the client's address, mailfrom the envelope sender, rcpttos the envelope
        recipients, data the message (bytes, or str with decode_data).  Without decode_data
        the keyword arguments mail_options and rcpt_options carry the ESMTP parameters."""
        raise NotImplementedError


class DebuggingServer(SMTPServer):
    """Prints each message on standard output instead of delivering it."""

    def _print_message_content(self, peer, data):
        as_text = isinstance(data, str)
        stamp = "X-Peer: " + peer[0]
        if not as_text:
            stamp = repr(stamp.encode("utf-8"))
        headers_done = False
        for line in data.splitlines():
            if not line and not headers_done:
                print(stamp)
                headers_done = True
            print(line if as_text else repr(line))

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        print("---------- MESSAGE FOLLOWS ----------")
        if kwargs.get("mail_options"):
            print("mail options: %s" % kwargs["mail_options"])
        if kwargs.get("rcpt_options"):
            print("rcpt options: %s\n" % kwargs["rcpt_options"])
        self._print_message_content(peer, data)
        print("------------ END MESSAGE ------------")


def _refuse_utf8(kind, kwargs):
    if kwargs.get("enable_SMTPUTF8"):
        raise ValueError("%s does not support SMTPUTF8." % kind)


class PureProxy(SMTPServer):
    """Relays each message to the remote address through smtplib (needs decode_data)."""

    def __init__(self, *args, **kwargs):
        _refuse_utf8("PureProxy", kwargs)
        super().__init__(*args, **kwargs)

    def process_message(self, peer, mailfrom, rcpttos, data):
        lines = data.split("\n")
        # The X-Peer header goes last among the headers, i.e. before the first empty line.
        where = next((n for n, line in enumerate(lines) if not line), len(lines))
        lines.insert(where, "X-Peer: %s" % peer[0])
        refused = self._deliver(mailfrom, rcpttos, NEWLINE.join(lines))
        _trace("we got some refusals:", refused)

    def _deliver(self, mailfrom, rcpttos, data):
        """Send through the remote server; {recipient: (code, message)} of the refused."""
        import smtplib
        host, port = self._remoteaddr[0], self._remoteaddr[1]
        try:
            client = smtplib.SMTP()
            client.connect(host, port)
            try:
                return client.sendmail(mailfrom, rcpttos, data)
            finally:
                client.quit()
        except smtplib.SMTPRecipientsRefused as exc:
            _trace("got SMTPRecipientsRefused")
            return exc.recipients
        except (OSError, smtplib.SMTPException) as exc:
            _trace("got", exc.__class__)
            failure = (getattr(exc, "smtp_code", -1), getattr(exc, "smtp_error", "ignore"))
            return dict.fromkeys(rcpttos, failure)


# MailmanProxy: the local part of a recipient "list[-command]" names a Mailman list; these
# commands, and the Enqueue() keyword each one uses (join/leave also set the Subject).
_MAILMAN_ROUTES = {"": "tolist", "admin": "toadmin", "owner": "toowner",
                   "request": "torequest", "join": "torequest", "leave": "torequest"}
_MAILMAN_SUBJECTS = {"join": "subscribe", "leave": "unsubscribe"}


class MailmanProxy(PureProxy):
    """Hands mail for local Mailman (2.x) lists to Mailman, relays the rest like PureProxy."""

    def __init__(self, *args, **kwargs):
        _refuse_utf8("MailmanProxy", kwargs)
        SMTPServer.__init__(self, *args, **kwargs)

    def process_message(self, peer, mailfrom, rcpttos, data):
        from io import StringIO
        from Mailman import Utils, Message, MailList
        for_lists = []
        for rcpt in rcpttos:
            parts = rcpt.lower().split("@")[0].split("-")
            if len(parts) > 2:
                continue
            listname, command = parts[0], (parts[1] if len(parts) == 2 else "")
            if Utils.list_exists(listname) and command in _MAILMAN_ROUTES:
                for_lists.append((rcpt, listname, command))
        for rcpt, _listname, _command in for_lists:
            rcpttos.remove(rcpt)
        _trace("forwarding recips:", " ".join(rcpttos))
        if rcpttos:
            _trace("we got refusals:", self._deliver(mailfrom, rcpttos, data))
        message = Message.Message(StringIO(data))
        if not message.get("from"):
            message["From"] = mailfrom
        if not message.get("date"):
            message["Date"] = time.ctime(time.time())
        opened = {}
        for rcpt, listname, command in for_lists:
            _trace("sending message to", rcpt)
            if not opened.get(listname):
                opened[listname] = MailList.MailList(listname, lock=0)
            if command in _MAILMAN_SUBJECTS:
                message["Subject"] = _MAILMAN_SUBJECTS[command]
            message.Enqueue(opened[listname], **{_MAILMAN_ROUTES[command]: 1})


# ---- command line -----------------------------------------------------------------------------

class Options:
    # parseargs() fills in localhost, localport, remotehost and remoteport.
    setuid, classname, size_limit, enable_SMTPUTF8 = True, "PureProxy", None, False


_USAGE = (
    "An RFC 5321 smtp proxy with optional RFC 1870 and RFC 6531 extensions.\n\n"
    "Usage: %(program)s [options] [localhost:localport [remotehost:remoteport]]\n\n"
    "Options:\n\n"
    "    --nosetuid\n    -n\n"
    "        This program generally tries to setuid `nobody', unless this flag is\n"
    "        set.  The setuid call will fail if this program is not run as root (in\n"
    "        which case, use this flag).\n\n"
    "    --version\n    -V\n        Print the version number and exit.\n\n"
    "    --class classname\n    -c classname\n"
    "        Use `classname' as the concrete SMTP proxy class.  Uses `PureProxy' by\n"
    "        default.\n\n"
    "    --size limit\n    -s limit\n"
    "        Restrict the total size of the incoming message to \"limit\" number of\n"
    "        bytes via the RFC 1870 SIZE extension.  Defaults to %(DATA_SIZE_DEFAULT)s bytes.\n\n"
    "    --smtputf8\n    -u\n"
    "        Enable the SMTPUTF8 extension and behave as an RFC 6531 smtp proxy.\n\n"
    "    --debug\n    -d\n        Turn on debugging prints.\n\n"
    "    --help\n    -h\n        Print this message and exit.\n\n"
    "Version: %(__version__)s\n\n"
    "If localhost is not given then `localhost' is used, and if localport is not\n"
    "given then 8025 is used.  If remotehost is not given then `localhost' is used,\n"
    "and if remoteport is not given, then 25 is used.\n")


def usage(code, msg=""):
    print(_USAGE % globals(), file=sys.stderr)
    if msg:
        print(msg, file=sys.stderr)
    sys.exit(code)


def _host_port(spec, which):
    """('host', port) from 'host:port'; usage() and exit 1 when malformed."""
    host, colon, port = spec.partition(":")
    if not colon:
        usage(1, "Bad %s spec: %s" % (which, spec))
    try:
        return host, int(port)
    except ValueError:
        usage(1, "Bad %s port: %s" % (which, spec))


def _set_size(options, value):
    try:
        options.size_limit = int(value)
    except Exception:
        print("Invalid size: " + value, file=sys.stderr)
        sys.exit(1)


def _show_version(options, value):
    print(__version__)
    sys.exit(0)


def _debug_on(options, value):
    global DEBUGSTREAM
    DEBUGSTREAM = sys.stderr


# getopt spelling of each option (short, long) and what it does to the Options instance.
_OPTIONS = (
    ("n", "nosetuid", lambda options, value: setattr(options, "setuid", False)),
    ("V", "version", _show_version),
    ("h", "help", lambda options, value: usage(0)),
    ("c:", "class=", lambda options, value: setattr(options, "classname", value)),
    ("s:", "size=", _set_size),
    ("d", "debug", _debug_on),
    ("u", "smtputf8", lambda options, value: setattr(options, "enable_SMTPUTF8", True)),
)


def parseargs():
    """An Options instance from sys.argv; exits (through usage()) on bad arguments."""
    actions = {}
    for short, long, action in _OPTIONS:
        actions["-" + short.rstrip(":")] = actions["--" + long.rstrip("=")] = action
    try:
        found, args = getopt.getopt(sys.argv[1:], "".join(row[0] for row in _OPTIONS),
                                    [row[1] for row in _OPTIONS])
    except getopt.error as exc:
        usage(1, exc)
    options = Options()
    for flag, value in found:
        actions[flag](options, value)
    if len(args) > 2:
        usage(1, "Invalid arguments: %s" % COMMASPACE.join(args))
    specs = list(args) + ["localhost:8025", "localhost:25"][len(args):]
    options.localhost, options.localport = _host_port(specs[0], "local")
    options.remotehost, options.remoteport = _host_port(specs[1], "remote")
    return options


def _become_nobody():
    """setuid() to the unprivileged user `nobody`, or explain and exit 1."""
    problem = None
    try:
        import pwd
        os.setuid(pwd.getpwnam("nobody")[2])
    except ImportError:
        problem = 'Cannot import module "pwd"'
    except PermissionError:
        problem = 'Cannot setuid "nobody"'
    if problem:
        print(problem + "; try running with -n option.", file=sys.stderr)
        sys.exit(1)


def _serve():
    """What `python -m smtpd` does: parse the command line, start the server, loop."""
    options = parseargs()
    modname, _, name = options.classname.rpartition(".")
    home = __import__(modname, globals(), locals(), [""]) if modname else sys.modules["__main__"]
    getattr(home, name)((options.localhost, options.localport),
                        (options.remotehost, options.remoteport),
                        options.size_limit, enable_SMTPUTF8=options.enable_SMTPUTF8)
    if options.setuid:
        _become_nobody()
    with _contextlib.suppress(KeyboardInterrupt):
        asyncore.loop()


if __name__ == "__main__":
    _serve()
