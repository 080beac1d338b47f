"""The `nntplib` module, restored by pythonc for code written for Python 3.12 and older.

`nntplib` is a client for the Network News Transfer Protocol (RFC 3977, with the RFC 2980
extensions and RFC 4642 STARTTLS).  It was deprecated in 3.11 and removed in 3.13 (PEP 594).
This file is a fresh implementation of its documented interface: the NNTP and NNTP_SSL
classes, their commands and return structures (GroupInfo, ArticleInfo, overview dictionaries,
datetime objects), the exception hierarchy and decode_header().  Like the original, NNTP_SSL
and starttls() use ssl's standard-library context unless given one.  pythonc serves it only
where the running Python has no `nntplib` of its own; importing it emits one
`_compat.CompatDeprecationWarning` attributed to the importing line.
"""

__shim__ = {"id": "pep594-nntplib", "removed_in": "3.13",
            "replacement": "PyPI pynntp or standard-nntplib"}

import collections, datetime, re, socket, sys, warnings
from socket import _GLOBAL_DEFAULT_TIMEOUT
from email.header import decode_header as _email_decode_header

_have_ssl = True
try:
    import ssl
except ImportError:             # a Python built without OpenSSL: no NNTP_SSL, no starttls()
    _have_ssl = False

__all__ = ["NNTP", "NNTPError", "NNTPReplyError", "NNTPTemporaryError",
           "NNTPPermanentError", "NNTPProtocolError", "NNTPDataError", "decode_header"]


# ---- errors -----------------------------------------------------------------------------------

class NNTPError(Exception):
    """Base class for all nntplib exceptions"""

    def __init__(self, *args):
        super().__init__(*args)
        # The reply line that caused the error, when there was one.
        self.response = args[0] if args else "No response given"


def _declare_errors(table):
    for line in table.strip().splitlines():
        name, doc = line.split(":", 1)
        globals()[name] = type(name, (NNTPError,), {"__doc__": doc.strip(),
                                                    "__module__": __name__})
    del globals()["_declare_errors"]


_declare_errors("""
NNTPReplyError: Unexpected [123]xx reply
NNTPTemporaryError: 4xx errors
NNTPPermanentError: 5xx errors
NNTPProtocolError: Response does not begin with [1-5]
NNTPDataError: Error in response data
""")

# A reply's first digit -> the error it raises (1, 2 and 3 are no error).
_ERROR_BY_DIGIT = {"4": NNTPTemporaryError, "5": NNTPPermanentError}


# ---- protocol constants -------------------------------------------------------------------------

NNTP_PORT, NNTP_SSL_PORT = 119, 563
_MAXLINE = 2048                 # the longest line accepted from the server
_CRLF = b"\r\n"

# Reply codes announcing a multi-line block ended by a lone "." line: HELP, CAPABILITIES,
# LISTGROUP, LIST, ARTICLE, HEAD/XHDR, BODY, OVER/XOVER, HDR, NEWNEWS, NEWGROUPS, XGTITLE.
_LONGRESP = set("100 101 211 215 220 221 222 224 225 230 231 282".split())

# RFC 3977 8.4: every overview line starts with these fields; older servers spell the two
# metadata ones without the leading colon.
_DEFAULT_OVERVIEW_FMT = "subject from date message-id references :bytes :lines".split()
_OVERVIEW_FMT_ALTERNATIVES = {name[1:]: name for name in _DEFAULT_OVERVIEW_FMT[-2:]}

GroupInfo = collections.namedtuple("GroupInfo", "group last first flag")
ArticleInfo = collections.namedtuple("ArticleInfo", "number message_id lines")


# ---- helpers ------------------------------------------------------------------------------------

def decode_header(header_str):
    """A header value as read (RFC 2047 encoded words such as =?utf-8?q?...?= and all)
    turned into the readable str."""
    return "".join(chunk if isinstance(chunk, str) else chunk.decode(charset or "ascii")
                   for chunk, charset in _email_decode_header(header_str))


def _parse_overview_fmt(lines):
    """Field names from a LIST OVERVIEW.FMT reply: lower case, metadata names with a colon,
    header names without their trailing ":" or ":full"."""
    def field(entry):
        if entry[0] == ":":
            return ":" + entry[1:].split(":")[0].lower()
        bare = entry.split(":")[0].lower()
        return _OVERVIEW_FMT_ALTERNATIVES.get(bare, bare)
    names = [field(entry) for entry in lines]
    wanted = len(_DEFAULT_OVERVIEW_FMT)
    if len(names) < wanted:
        raise NNTPDataError("LIST OVERVIEW.FMT response too short")
    if names[:wanted] != _DEFAULT_OVERVIEW_FMT:
        raise NNTPDataError("LIST OVERVIEW.FMT redefines default fields")
    return names


def _parse_overview(lines, fmt, data_process_func=None):
    """[(article number, {field: value})] for OVER/XOVER lines.  Past the default fields a
    header value arrives as "Name: value": the name is checked and dropped, and an empty
    value becomes None."""
    fixed = len(_DEFAULT_OVERVIEW_FMT)
    parsed = []
    for entry in lines:
        number, *cells = entry.split("\t")
        record = {}
        for position, name in enumerate(fmt[:len(cells)]):
            cell = cells[position]
            if position >= fixed and not name.startswith(":"):
                head = name + ": "
                if cell and cell[:len(head)].lower() != head:
                    raise NNTPDataError("OVER/XOVER response doesn't include "
                                        "names of additional headers")
                cell = cell[len(head):] if cell else None
            record[name] = cell
        parsed.append((int(number), record))
    return parsed


def _parse_datetime(date_str, time_str=None):
    """A datetime from NNTP's "[yy]yymmdd" and "hhmmss" (or from one string holding both)."""
    if time_str is None:
        date_str, time_str = date_str[:-6], date_str[-6:]
    year = int(date_str[:-4])
    if year < 100:              # two-digit years: 70-99 are 19xx, the rest 20xx
        year += 1900 if year >= 70 else 2000
    fields = [date_str[-4:-2], date_str[-2:], time_str[:2], time_str[2:4], time_str[4:]]
    return datetime.datetime(year, *map(int, fields))


def _unparse_datetime(dt, legacy=False):
    """("yyyymmdd", "hhmmss") for a date or datetime; "yymmdd" when `legacy`."""
    timed = isinstance(dt, datetime.datetime)
    clock = "%02d%02d%02d" % ((dt.hour, dt.minute, dt.second) if timed else (0, 0, 0))
    day = "%0*d%02d%02d" % (2 if legacy else 4, dt.year % 100 if legacy else dt.year,
                           dt.month, dt.day)
    return day, clock


if _have_ssl:
    def _encrypt_on(sock, context, hostname):
        """Wrap `sock` in TLS (the standard-library default context when none is given)."""
        ctx = ssl._create_stdlib_context() if context is None else context
        return ctx.wrap_socket(sock, server_hostname=hostname)


_DESCRIPTION_LINE = re.compile(r"^(?P<group>[^ \t]+)[ \t]+(?P<text>.*)$")


def _description_pairs(lines):
    """(group, description) for each well-formed "group<blanks>description" line."""
    for m in map(_DESCRIPTION_LINE.match, (raw.strip() for raw in lines)):
        if m is not None:
            yield m.group("group", "text")


def _require(resp, prefix, error=None):
    """`resp`, unless it does not start with `prefix`: then NNTPReplyError (or `error`)."""
    if resp.startswith(prefix):
        return resp
    raise (error or NNTPReplyError)(resp)


def _with_spec(verb, message_spec):
    return verb if message_spec is None else "%s %s" % (verb, message_spec)


# ---- the client ---------------------------------------------------------------------------------

def _article_command(verb, part):
    def command(self, message_spec=None, *, file=None):
        return self._artcmd(_with_spec(verb, message_spec), file)
    command.__name__ = verb.lower()
    command.__qualname__ = "_NNTPBase." + command.__name__
    command.__doc__ = ("Process a %s command: returns (response, ArticleInfo) whose lines "
                       "are the %s (bytes); with `file`, written there instead." % (verb, part))
    return command


def _pointer_command(verb, what):
    def command(self):
        return self._statcmd(verb)
    command.__name__ = verb.lower()
    command.__qualname__ = "_NNTPBase." + command.__name__
    command.__doc__ = "Process a %s command (%s): (response, number, message id)." % (verb, what)
    return command


class _NNTPBase:
    """The protocol over a binary file object; NNTP and NNTP_SSL supply the connection."""

    encoding = "utf-8"              # replies are decoded with these,
    errors = "surrogateescape"      # keeping undecodable bytes as surrogates

    def __init__(self, file, host, readermode=None, timeout=_GLOBAL_DEFAULT_TIMEOUT):
        self.host, self.file, self.debugging = host, file, 0
        self.welcome = self._getresp()
        self._caps = None
        self.readermode_afterauth = False
        caps = self.getcapabilities()
        if readermode and "READER" not in caps:
            self._setreadermode()
            # A 480 reply postpones MODE READER until login(); otherwise the capabilities
            # may have changed with the mode.
            if not self.readermode_afterauth:
                self._recheck_caps()
        self.tls_on = self.authenticated = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if hasattr(self, "file"):
            try:
                self.quit()
            except (OSError, EOFError):
                pass
            finally:
                if hasattr(self, "file"):
                    self._close()

    # ---- articles -------------------------------------------------------------------------

    head = _article_command("HEAD", "header lines")
    body = _article_command("BODY", "body lines")
    article = _article_command("ARTICLE", "whole article's lines")
    next = _pointer_command("NEXT", "move to the next article")
    last = _pointer_command("LAST", "move to the previous article")

    def stat(self, message_spec=None):
        """Process a STAT command: (response, number, message id) of an article, the
        current one by default."""
        return self._statcmd("STAT %s" % (message_spec,) if message_spec else "STAT")

    def _statparse(self, resp):
        words = _require(resp, "22").split()
        return resp, int(words[1]), words[2]

    def _statcmd(self, line):
        return self._statparse(self._shortcmd(line))

    def _artcmd(self, line, file=None):
        head, lines = self._longcmd(line, file)
        resp, number, message_id = self._statparse(head)
        return resp, ArticleInfo(number, message_id, lines)

    def post(self, data):
        """Post an article (bytes, or an iterable of bytes lines); returns the reply."""
        return self._post("POST", data)

    def ihave(self, message_id, data):
        """Offer an article to the server (IHAVE); returns the reply."""
        return self._post("IHAVE %s" % (message_id,), data)

    def _post(self, command, f):
        _require(self._shortcmd(command), "3")      # e.g. 340 or 335: go ahead
        if isinstance(f, (bytes, bytearray)):
            f = f.splitlines()
        out = self.file
        for line in f:
            if not line.endswith(_CRLF):
                line = line.rstrip(b"\r\n") + _CRLF
            out.write(b"." + line if line.startswith(b".") else line)
        out.write(b"." + _CRLF)
        out.flush()
        return self._getresp()

    # ---- overviews and headers ------------------------------------------------------------

    def over(self, message_spec, *, file=None):
        """OVER (XOVER on servers without it) for `message_spec`: a (first, last) pair --
        last None means up to the end --, a range string, or None (the current article).
        Returns (response, [(number, {field: value})])."""
        verb = "OVER" if "OVER" in self._caps else "XOVER"
        if isinstance(message_spec, (tuple, list)):
            first, final = message_spec
            verb = "%s %s-%s" % (verb, first, final or "")
        elif message_spec is not None:
            verb = verb + " " + message_spec
        return self._overview(verb, file)

    def xover(self, start, end, *, file=None):
        """XOVER start-end: (response, [(number, {field: value})])."""
        return self._overview("XOVER %s-%s" % (start, end), file)

    def _overview(self, command, file):
        resp, lines = self._longcmdstring(command, file)
        return resp, _parse_overview(lines, self._getoverviewfmt())

    def _getoverviewfmt(self):
        cached = getattr(self, "_cachedoverviewfmt", None)
        if cached is None:
            try:
                cached = _parse_overview_fmt(self._longcmdstring("LIST OVERVIEW.FMT")[1])
            except NNTPPermanentError:      # no such LIST variant: the RFC's default
                cached = list(_DEFAULT_OVERVIEW_FMT)
            self._cachedoverviewfmt = cached
        return cached

    def xhdr(self, hdr, str, *, file=None):
        """XHDR: (response, [(article number, header value)]) for the articles in `str`."""
        resp, lines = self._longcmdstring("XHDR %s %s" % (hdr, str), file)
        pairs = []
        for text in lines:
            found = _XHDR_LINE.match(text)
            pairs.append(found.group(1, 2) if found else text)
        return resp, pairs

    # ---- groups ---------------------------------------------------------------------------

    def group(self, name):
        """GROUP: select a group; (response, count, first, last, group name)."""
        resp = _require(self._shortcmd("GROUP " + name), "211")
        words = resp.split()
        counts = [int(w) for w in words[1:4]]
        counts += [0] * (3 - len(counts))
        if len(words) > 4:
            name = words[4].lower()
        return (resp, *counts, name)

    def list(self, group_pattern=None, *, file=None):
        """LIST [ACTIVE pattern]: (response, [GroupInfo])."""
        command = "LIST" if group_pattern is None else "LIST ACTIVE " + group_pattern
        return self._groups(command, file)

    def newgroups(self, date, *, file=None):
        """NEWGROUPS: (response, [GroupInfo]) for the groups created since `date`."""
        return self._groups("NEWGROUPS %s %s" % self._since(date), file)

    def newnews(self, group, date, *, file=None):
        """NEWNEWS: (response, [message id]) for the articles posted to `group` since
        `date`."""
        return self._longcmdstring("NEWNEWS %s %s %s" % ((group,) + self._since(date)), file)

    def _since(self, date):
        if not isinstance(date, datetime.date):
            raise TypeError("the date parameter must be a date or datetime object, "
                            "not '{:40}'".format(date.__class__.__name__))
        return _unparse_datetime(date, self.nntp_version < 2)

    def _groups(self, command, file):
        resp, lines = self._longcmdstring(command, file)
        return resp, self._grouplist(lines)

    def _grouplist(self, lines):
        return [GroupInfo(*text.split()) for text in lines]

    def description(self, group):
        """The description of one group ("" when the server has none)."""
        return self._getdescriptions(group, False)

    def descriptions(self, group_pattern):
        """(response, {group: description}) for the groups matching the pattern."""
        return self._getdescriptions(group_pattern, True)

    def _getdescriptions(self, group_pattern, return_all):
        resp, lines = self._longcmdstring("LIST NEWSGROUPS " + group_pattern)
        if resp[:3] != "215":       # a server from before RFC 3977: try XGTITLE instead
            resp, lines = self._longcmdstring("XGTITLE " + group_pattern)
        pairs = _description_pairs(lines)
        if return_all:
            return resp, dict(pairs)
        return next(pairs, (None, ""))[1]

    def xgtitle(self, group, *, file=None):
        """XGTITLE: (response, [(group, description)]).  Deprecated: use descriptions()."""
        warnings.warn("The XGTITLE extension is not actively used, use descriptions() "
                      "instead", DeprecationWarning, 2)
        resp, lines = self._longcmdstring("XGTITLE " + group, file)
        return resp, list(_description_pairs(lines))

    # ---- server information ---------------------------------------------------------------

    def getwelcome(self):
        """The greeting line the server sent on connection."""
        if self.debugging:
            print("*welcome*", repr(self.welcome))
        return self.welcome

    def capabilities(self):
        """CAPABILITIES: (response, {capability: [arguments]})."""
        resp, lines = self._longcmdstring("CAPABILITIES")
        table = {}
        for text in lines:
            keyword, *arguments = text.split()
            table[keyword] = arguments
        return resp, table

    def getcapabilities(self):
        """{capability: [arguments]}, asked once ({} from servers without CAPABILITIES)."""
        if self._caps is None:
            self.nntp_version, self.nntp_implementation = 1, None
            try:
                self._caps = self.capabilities()[1]
            except (NNTPPermanentError, NNTPTemporaryError):
                self._caps = {}
            versions = self._caps.get("VERSION")
            if versions:
                self.nntp_version = max(map(int, versions))
            if "IMPLEMENTATION" in self._caps:
                self.nntp_implementation = " ".join(self._caps["IMPLEMENTATION"])
        return self._caps

    def _recheck_caps(self):
        self._caps = None
        self.getcapabilities()

    def date(self):
        """DATE: (response, datetime) of the server's clock."""
        resp = _require(self._shortcmd("DATE"), "111")
        words = resp.split()
        if len(words) != 2 or len(words[1]) != 14:
            raise NNTPDataError(resp)
        return resp, _parse_datetime(words[1], None)

    def help(self, *, file=None):
        """HELP: (response, [text lines])."""
        return self._longcmdstring("HELP", file)

    def slave(self):
        """SLAVE: tell the server this client is a news slave; returns the reply."""
        return self._shortcmd("SLAVE")

    def xpath(self, id):
        """XPATH: (response, path) of an article.  Deprecated."""
        warnings.warn("The XPATH extension is not actively used", DeprecationWarning, 2)
        resp = _require(self._shortcmd("XPATH %s" % (id,)), "223")
        words = resp.split()
        if len(words) != 2:
            raise NNTPReplyError(resp)
        return resp, words[1]

    def set_debuglevel(self, level):
        """0: quiet; 1: commands and replies; 2 and more: every line sent and received."""
        self.debugging = level

    debug = set_debuglevel

    # ---- session --------------------------------------------------------------------------

    def login(self, user=None, password=None, usenetrc=True):
        """AUTHINFO USER/PASS; without `user`, the credentials come from ~/.netrc when
        `usenetrc` is true.  Then MODE READER, if it had to wait for the login."""
        if self.authenticated:
            raise ValueError("Already logged in.")
        if not user and not usenetrc:
            raise ValueError("At least one of `user` and `usenetrc` must be specified")
        if usenetrc and not user:
            entry = None
            try:
                import netrc
                entry = netrc.netrc().authenticators(self.host)
            except OSError:
                pass
            if entry:
                user, password = entry[0], entry[2]
        if not user:
            return
        reply = self._shortcmd("authinfo user " + user)
        if reply.startswith("381"):
            if not password:
                raise NNTPReplyError(reply)
            _require(self._shortcmd("authinfo pass " + password), "281", NNTPPermanentError)
        self._recheck_caps()
        if self.readermode_afterauth and "READER" not in self._caps:
            self._setreadermode()
            self._recheck_caps()

    def _setreadermode(self):
        try:
            self.welcome = self._shortcmd("mode reader")
        except NNTPPermanentError:
            return                      # the server has no such mode: nothing to do
        except NNTPTemporaryError as refusal:
            if refusal.response[:3] != "480":
                raise
            self.readermode_afterauth = True

    if _have_ssl:
        def starttls(self, context=None):
            """STARTTLS (RFC 4642): encrypt the connection; only before login()."""
            for broken, message in ((self.tls_on, "TLS is already enabled."),
                                    (self.authenticated,
                                     "TLS cannot be started after authentication.")):
                if broken:
                    raise ValueError(message)
            if not self._shortcmd("STARTTLS").startswith("382"):
                raise NNTPError("TLS failed to start.")
            self.file.close()
            self.sock = _encrypt_on(self.sock, context, self.host)
            self.file = self.sock.makefile("rwb")
            self.tls_on = True
            self._recheck_caps()

    def quit(self):
        """QUIT, then close the connection (whatever the reply); returns the reply."""
        try:
            return self._shortcmd("QUIT")
        finally:
            self._close()

    def _close(self):
        if self.file:
            self.file.close()
            del self.file

    # ---- the wire -------------------------------------------------------------------------

    def _shortcmd(self, line):
        self._putcmd(line)
        return self._getresp()

    def _longcmd(self, line, file=None):
        self._putcmd(line)
        return self._getlongresp(file)

    def _longcmdstring(self, line, file=None):
        resp, blobs = self._longcmd(line, file)
        return resp, [blob.decode(self.encoding, self.errors) for blob in blobs]

    def _putcmd(self, line):
        if self.debugging:
            print("*cmd*", repr(line))
        self._putline(line.encode(self.encoding, self.errors))

    def _putline(self, line):
        line += _CRLF
        if self.debugging > 1:
            print("*put*", repr(line))
        self.file.write(line)
        self.file.flush()

    def _getline(self, strip_crlf=True):
        raw = self.file.readline(_MAXLINE + 1)
        if len(raw) > _MAXLINE:
            raise NNTPDataError("line too long")
        if self.debugging > 1:
            print("*get*", repr(raw))
        if not raw:
            raise EOFError
        if strip_crlf:
            cut = 2 if raw.endswith(_CRLF) else 1 if raw[-1:] in b"\r\n" else 0
            raw = raw[:len(raw) - cut]
        return raw

    def _getresp(self):
        raw = self._getline()
        if self.debugging:
            print("*resp*", repr(raw))
        reply = raw.decode(self.encoding, self.errors)
        digit = reply[:1]
        if digit in _ERROR_BY_DIGIT:
            raise _ERROR_BY_DIGIT[digit](reply)
        if digit not in "123":          # "" (an empty reply) passes, as it always did
            raise NNTPProtocolError(reply)
        return reply

    def _getlongresp(self, file=None):
        """(reply, [lines as bytes]); with `file` -- a file name or a binary file object --
        the lines go there, line ends included, and the list stays empty."""
        opened = open(file, "wb") if isinstance(file, (str, bytes)) else None
        sink = opened or file
        try:
            resp = self._getresp()
            if resp[:3] not in _LONGRESP:
                raise NNTPReplyError(resp)
            ends = (b".\r\n", b".\n") if sink is not None else (b".",)
            collected = []
            keep = collected.append if sink is None else sink.write
            raw = self._getline(sink is None)
            while raw not in ends:
                keep(raw[1:] if raw.startswith(b"..") else raw)
                raw = self._getline(sink is None)
        finally:
            if opened is not None:
                opened.close()
        return resp, collected


_XHDR_LINE = re.compile("^([0-9]+) ?(.*)\n?")


# ---- connections --------------------------------------------------------------------------------

def _connect(client, host, port, timeout, user, password, readermode, usenetrc, wrap=None):
    """Shared by NNTP and NNTP_SSL: open the socket (then `wrap` it), run the greeting and
    the login, and close everything again if any of it fails."""
    sys.audit("nntplib.connect", client, host, port)
    client.sock = socket.create_connection((host, port), timeout)
    stream = None
    try:
        if wrap is not None:
            client.sock = wrap(client.sock)
        stream = client.sock.makefile("rwb")
        _NNTPBase.__init__(client, stream, host, readermode, timeout)
        if user or usenetrc:
            client.login(user, password, usenetrc)
    except BaseException:
        if stream:
            stream.close()
        client.sock.close()
        raise


def _close_with_socket(self):
    try:
        _NNTPBase._close(self)
    finally:
        self.sock.close()


class NNTP(_NNTPBase):
    """A connection to an NNTP server.

    NNTP(host, port=119, user=None, password=None, readermode=None, usenetrc=False[,
    timeout]): connects, reads the greeting and the capabilities, sends MODE READER when
    asked to and needed, and logs in when given credentials."""

    def __init__(self, host, port=NNTP_PORT, user=None, password=None, readermode=None,
                 usenetrc=False, timeout=_GLOBAL_DEFAULT_TIMEOUT):
        self.host, self.port = host, port
        _connect(self, host, port, timeout, user, password, readermode, usenetrc)

    _close = _close_with_socket


if _have_ssl:
    class NNTP_SSL(_NNTPBase):
        """NNTP over a connection encrypted from the start (port 563)."""

        def __init__(self, host, port=NNTP_SSL_PORT, user=None, password=None,
                     ssl_context=None, readermode=None, usenetrc=False,
                     timeout=_GLOBAL_DEFAULT_TIMEOUT):
            _connect(self, host, port, timeout, user, password, readermode, usenetrc,
                     lambda plain: _encrypt_on(plain, ssl_context, host))

        _close = _close_with_socket

    __all__.append("NNTP_SSL")
