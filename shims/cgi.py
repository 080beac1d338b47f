"""The `cgi` module, restored by pythonc for code written for Python 3.12 and older.

`cgi` was deprecated in 3.11 and removed in 3.13 (PEP 594).  This file is a fresh
implementation of its documented interface (FieldStorage, MiniFieldStorage, parse,
parse_multipart, parse_header, the print_* debugging helpers, test, and the old logging
functions log/initlog/dolog/nolog/closelog), written from the library reference and from the
observed behaviour of Python 3.8.  pythonc serves it only where the running Python has no `cgi`
of its own; importing it emits one `_compat.CompatDeprecationWarning` attributed to the
importing line.  Suggested replacements: urllib.parse.parse_qsl for query strings,
email.message.EmailMessage (or the `multipart` package) for form bodies.

The file also declares the shims of the names cgi lost before the module itself went, in 3.8:
escape(), parse_qs() and parse_qsl(). They are applied to the real cgi of 3.8 to 3.12 when it
is imported (the engine runs this file in a namespace of its own to get them; its body imports
nothing the real cgi does not), and, under a compatibility version below 3.8, to this module
itself at the end of its body.
"""

__shim__ = {"id": "pep594-cgi", "removed_in": "3.13",
            "replacement": "urllib.parse.parse_qsl() and email.message.EmailMessage"}

import html, locale, os, sys, tempfile
import re as _re
import urllib.parse
from collections.abc import Mapping
from email.message import Message
from email.parser import FeedParser
from io import BytesIO, StringIO, TextIOWrapper

from _compat_engine import shim, export as _export, unexport as _unexport


# ---- removed in 3.8: escape(), parse_qs(), parse_qsl() -------------------------------------

@shim("cgi-escape", removed_in="3.8", replacement="html.escape(s, quote=False)",
      kind="function")
def _escape_shim(cgi, ctx):

    def escape(s, quote=None):
        """Return s with "&", "<" and ">" turned into HTML entities, and '"' too when quote
        is true ("'" is left alone). Unlike html.escape(), quoting is off by default."""
        ctx.warn("cgi.escape()", instead="html.escape(s, quote=False)", stacklevel=1)
        # "&" goes first, so that the entities written next are not escaped again.
        s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if quote:
            s = s.replace('"', "&quot;")
        return s

    escape.__module__ = cgi.__name__
    escape.__qualname__ = "escape"
    if ctx.restore(cgi, "escape", escape):
        _export(cgi, "escape")


@_escape_shim.hide
def _hide_escape(cgi):
    cgi.__dict__.pop("escape", None)
    _unexport(cgi, "escape")


@shim("cgi-parse-qs", removed_in="3.8",
      replacement="urllib.parse.parse_qs() / urllib.parse.parse_qsl()", kind="alias")
def _parse_qs_shim(cgi, ctx):
    parser = urllib.parse

    def parse_qs(qs, keep_blank_values=0, strict_parsing=0):
        """Deprecated spelling of urllib.parse.parse_qs(qs, keep_blank_values,
        strict_parsing): the query string as a dict of lists of values."""
        ctx.warn("cgi.parse_qs()", instead="urllib.parse.parse_qs()", stacklevel=1)
        _check_legacy_query(qs, strict_parsing)
        return parser.parse_qs(qs, keep_blank_values, strict_parsing)

    def parse_qsl(qs, keep_blank_values=0, strict_parsing=0):
        """Deprecated spelling of urllib.parse.parse_qsl(qs, keep_blank_values,
        strict_parsing): the query string as a list of (name, value) pairs."""
        ctx.warn("cgi.parse_qsl()", instead="urllib.parse.parse_qsl()", stacklevel=1)
        _check_legacy_query(qs, strict_parsing)
        return parser.parse_qsl(qs, keep_blank_values, strict_parsing)

    # 3.7 listed them in __all__ right after parse().
    after = "parse"
    for function in (parse_qs, parse_qsl):
        function.__module__ = cgi.__name__
        function.__qualname__ = function.__name__
        if ctx.restore(cgi, function.__name__, function):
            _export(cgi, function.__name__, after=after)
        after = function.__name__


def _check_legacy_query(qs, strict_parsing):
    """Fail as 3.7's urllib.parse did where newer ones fail differently: a non-empty query
    that is neither str nor has decode() (3.13+ try it as a memoryview), and, with strict
    parsing, an empty query (3.12+ accept it)."""
    if qs and not isinstance(qs, str) and not hasattr(qs, "decode"):
        raise AttributeError("%r object has no attribute 'decode'" % type(qs).__name__)
    _check_query(qs, strict_parsing, None, "&")


@_parse_qs_shim.hide
def _hide_parse_qs(cgi):
    for name in ("parse_qs", "parse_qsl"):
        cgi.__dict__.pop(name, None)
        _unexport(cgi, name)


del shim

__all__ = ("MiniFieldStorage FieldStorage parse parse_multipart parse_header test "
           "print_exception print_environ print_form print_directory print_arguments "
           "print_environ_usage").split()


# ---- the old logging helpers (deprecated in 3.10, gone with the module in 3.13) ------------

# logfile: the file name log() appends to (empty: log nothing); logfp: that file, once open.
logfile, logfp = "", None


def _append_to(name):
    """`name` opened for appending, or None when it cannot be opened."""
    try:
        return open(name, "a")
    except OSError:
        return None


def initlog(*allargs):
    """First call of log(): open `logfile` (if it is set and can be opened), make log()
    either dolog or nolog from then on, and log this first message."""
    global log, logfp
    if not logfp and logfile:
        logfp = _append_to(logfile)
    log = nolog if not logfp else dolog
    return log(*allargs)


def dolog(fmt, *args):
    """Append one line, fmt % args, to the log file."""
    logfp.write(fmt % args + "\n")


def nolog(*allargs):
    """Discard a log message."""


def closelog():
    """Close the log file and start again from an unset `logfile`."""
    global logfp, logfile, log
    opened, logfp, logfile, log = logfp, None, "", initlog
    if opened:
        opened.close()


log = initlog


# ---- parsing entry points ----------------------------------------------------------------

maxlen = 0          # when non-zero, the largest request body accepted (ValueError beyond)


def _body_length_guard(length):
    if maxlen and length > maxlen:
        raise ValueError("Maximum content length exceeded")


def _given_query(environ):
    """QUERY_STRING, else the first command-line argument, else None."""
    if "QUERY_STRING" in environ:
        return environ["QUERY_STRING"]
    return sys.argv[1] if len(sys.argv) > 1 else None


def parse(fp=None, environ=os.environ, keep_blank_values=0, strict_parsing=0, separator="&"):
    """Parse the query of a request, from QUERY_STRING (or sys.argv[1]) and, for a POST, from
    the body read from `fp` (standard input by default).  Returns {name: [value, ...]}.

    As in the old module, `environ` is updated: REQUEST_METHOD defaults to GET and, for an
    urlencoded POST, QUERY_STRING receives the combined query."""
    stream = sys.stdin if fp is None else fp
    # The text encoding of the query comes from the stream when it has one.
    charset = getattr(stream, "encoding", "latin-1")
    if isinstance(stream, TextIOWrapper):
        stream = stream.buffer
    method = environ.setdefault("REQUEST_METHOD", "GET")
    extra = _given_query(environ)
    if method != "POST":
        text = "" if extra is None else extra
    else:
        kind, options = parse_header(environ["CONTENT_TYPE"])
        if kind == "multipart/form-data":
            return parse_multipart(stream, options, separator=separator)
        text = ""
        if kind == "application/x-www-form-urlencoded":
            size = int(environ["CONTENT_LENGTH"])
            _body_length_guard(size)
            text = stream.read(size).decode(charset)
        if extra is not None:
            text = extra if not text else "&".join((text, extra))
    environ["QUERY_STRING"] = text
    _check_query(text, strict_parsing, None, separator)
    return urllib.parse.parse_qs(text, keep_blank_values, strict_parsing,
                                 encoding=charset, separator=separator)


def _check_query(query, strict_parsing, max_num_fields, separator):
    """The checks of 3.8's urllib.parse that newer versions make differently: the field
    limit counts separators + 1 (so an empty query is one field), and strict parsing
    rejects an empty query."""
    if not separator or not isinstance(separator, str):
        return      # urllib.parse reports it
    if max_num_fields is not None and max_num_fields < 1 + query.count(separator):
        raise ValueError("Max number of fields exceeded")
    if strict_parsing and not query:
        raise ValueError("bad query field: ''")


def parse_multipart(fp, pdict, encoding="utf-8", errors="replace", separator="&"):
    """Parse a multipart/form-data body read from `fp`.  pdict holds the Content-Type
    parameters: "boundary" as bytes and, optionally, "CONTENT-LENGTH".  Returns
    {name: [value, ...]}; values of file fields are bytes, the others str."""
    mark = pdict["boundary"].decode("ascii")
    envelope = Message()
    envelope.set_type("multipart/form-data; boundary=%s" % mark)
    if "CONTENT-LENGTH" in pdict:
        envelope["Content-Length"] = pdict["CONTENT-LENGTH"]
    form = FieldStorage(fp, headers=envelope, encoding=encoding, errors=errors,
                        environ={"REQUEST_METHOD": "POST"}, separator=separator)
    return {name: form.getlist(name) for name in form}


def _header_segments(text):
    """Split a header value at the semicolons that are not inside a quoted string (a quote
    preceded by a backslash does not count), yielding the stripped segments."""
    while text[:1] == ";":
        text = text[1:]
        cut = -1
        for match in _re.finditer(";", text):
            at = match.start()
            if at == 0:
                cut = 0
                break
            quotes = text.count('"', 0, at) - text.count('\\"', 0, at)
            if quotes % 2 == 0:
                cut = at
                break
        if cut < 0:
            cut = len(text)
        yield text[:cut].strip()
        text = text[cut:]


def parse_header(line):
    """Split a Content-Type-like header into its main value and a dict of parameters
    (names lower-cased, quoted values unquoted)."""
    segments = _header_segments(";" + line)
    main = next(segments)
    params = {}
    for segment in segments:
        name, eq, value = segment.partition("=")
        if not eq:
            continue
        name = name.strip().lower()
        value = value.strip()
        if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
            value = value[1:-1].replace("\\\\", "\\").replace('\\"', '"')
        params[name] = value
    return main, params


def _parsed_header(headers, name, fallback):
    """parse_header() of headers[name], or (fallback, {}) when there is no such header."""
    return parse_header(headers[name]) if name in headers else (fallback, {})


_BOUNDARY_TEXT = _re.compile("^[ -~]{0,200}[!-~]$")
_BOUNDARY_BYTES = _re.compile(b"^[ -~]{0,200}[!-~]$")


def valid_boundary(s):
    """A match object when `s` (str or bytes) is an acceptable MIME boundary, else None."""
    pattern = _BOUNDARY_BYTES if isinstance(s, bytes) else _BOUNDARY_TEXT
    return pattern.match(s)


def _lines_of(readline):
    """The results of readline() up to (not including) the first empty one."""
    line = readline()
    while line:
        yield line
        line = readline()


def _headers_of(raw, encoding, errors):
    """The header block of one part (bytes, up to its blank line) as an email Message."""
    reader = FeedParser()
    reader.feed(raw.decode(encoding, errors))
    return reader.close()


# ---- the form classes --------------------------------------------------------------------

class MiniFieldStorage:
    """One name=value field of an urlencoded query (dummy file-related attributes)."""

    # What a FieldStorage describes of a part means nothing for a plain field.
    filename = list = type = file = disposition = None
    type_options, disposition_options, headers = {}, {}, {}

    def __init__(self, name, value):
        self.name, self.value = name, value

    def __repr__(self):
        return "MiniFieldStorage(%r, %r)" % (self.name, self.value)


_LINE_CHUNK = 1 << 16      # the longest line read at once
_IN_MEMORY = 1000          # a part larger than this goes to a temporary file
_URLENCODED = "application/x-www-form-urlencoded"


class FieldStorage:
    """The form of a CGI request, read from the environment and standard input (or the given
    fp/headers/environ); also one part of a multipart body.

    Dictionary-like over the field names: form[name] is a MiniFieldStorage (urlencoded
    fields), a FieldStorage (multipart parts) or a list of them when the name repeats.
    `value` is the str or bytes content (file parts: bytes), or the list of fields."""

    FieldStorageClass = None
    bufsize = 8 * 1024

    def __init__(self, fp=None, headers=None, outerboundary=b"", environ=os.environ,
                 keep_blank_values=0, strict_parsing=0, limit=None, encoding="utf-8",
                 errors="replace", max_num_fields=None, separator="&"):
        (self.keep_blank_values, self.strict_parsing, self.max_num_fields, self.separator,
         self.qs_on_post) = keep_blank_values, strict_parsing, max_num_fields, separator, None
        verb = environ["REQUEST_METHOD"].upper() if "REQUEST_METHOD" in environ else "GET"

        if verb in ("GET", "HEAD"):
            # The query string stands in for the body.
            query = _given_query(environ) or ""
            fp = BytesIO(query.encode(locale.getpreferredencoding(), "surrogateescape"))
            headers = {"content-type": _URLENCODED} if headers is None else headers
        elif headers is None:
            headers = {"content-type": _URLENCODED} if verb == "POST" else {}
            for variable, header in (("CONTENT_TYPE", "content-type"),
                                     ("CONTENT_LENGTH", "content-length")):
                if variable in environ:
                    headers[header] = environ[variable]
            if "QUERY_STRING" in environ:
                self.qs_on_post = environ["QUERY_STRING"]
        if not isinstance(headers, (Mapping, Message)):
            raise TypeError("headers must be mapping or an instance of "
                            "email.message.Message")
        self.headers = headers

        if fp is None or isinstance(fp, TextIOWrapper):
            fp = (sys.stdin if fp is None else fp).buffer
        elif not (hasattr(fp, "read") and hasattr(fp, "readline")):
            raise TypeError("fp must be file pointer")
        self.fp = fp

        if not isinstance(outerboundary, bytes):
            raise TypeError("outerboundary must be bytes, not %s"
                            % type(outerboundary).__name__)
        self.encoding, self.errors, self.outerboundary = encoding, errors, outerboundary
        self.bytes_read = 0

        self.disposition, self.disposition_options = _parsed_header(
            headers, "content-disposition", "")
        self.name = self.disposition_options.get("name")
        self.filename = self.disposition_options.get("filename")
        self._binary_file = self.filename is not None

        plain = outerboundary or verb != "POST"
        self.type, self.type_options = kind, options = _parsed_header(
            headers, "content-type", "text/plain" if plain else _URLENCODED)
        self.innerboundary = (options["boundary"].encode(encoding, errors)
                              if "boundary" in options else b"")

        size = -1
        if "content-length" in headers:
            try:
                size = int(headers["content-length"])
            except ValueError:
                pass
            _body_length_guard(size)
        self.length = size
        self.limit = size if limit is None and size >= 0 else limit

        self.list, self.file, self.done = None, None, 0
        if kind.startswith("multipart/"):
            self.read_multi(environ, keep_blank_values, strict_parsing)
        elif kind != _URLENCODED:
            self.read_single()
        else:
            self.read_urlencoded()

    def __del__(self):
        # (also at interpreter exit, when the module's globals may be gone)
        closer = getattr(self.__dict__.get("file"), "close", None)
        if closer is not None:
            closer()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.file.close()

    def __repr__(self):
        return "FieldStorage(%r, %r, %r)" % (self.name, self.filename, self.value)

    def __iter__(self):
        return iter(self.keys())

    def __getattr__(self, name):
        if name == "value":
            stream = self.file
            if not stream:
                return self.list
            stream.seek(0)
            content = stream.read()
            stream.seek(0)
            return content
        raise AttributeError(name)

    # -- the mapping interface --

    def _fields(self):
        if self.list is None:
            raise TypeError("not indexable")
        return self.list

    def _named(self, key):
        return [field for field in self._fields() if field.name == key]

    def __getitem__(self, key):
        found = self._named(key)
        if found:
            return found if len(found) > 1 else found[0]
        raise KeyError(key)

    def getvalue(self, key, default=None):
        """The value of field `key` (a list of values when it repeats), or default."""
        found = self._named(key)
        if len(found) > 1:
            return [field.value for field in found]
        return found[0].value if found else default

    def getfirst(self, key, default=None):
        """The first value of field `key`, or default."""
        found = self._named(key)
        return found[0].value if found else default

    def getlist(self, key):
        """All the values of field `key` as a list (empty when there is none)."""
        return [field.value for field in self._named(key)]

    def keys(self):
        """The field names, each once (in no particular order)."""
        return list({field.name for field in self._fields()})

    def __contains__(self, key):
        return any(field.name == key for field in self._fields())

    def __len__(self):
        return len(self.keys())

    def __bool__(self):
        if self.list is not None:
            return bool(self.list)
        raise TypeError("Cannot be converted to bool.")

    # -- reading the body --

    def _pairs(self, query):
        """The (name, value) pairs of an urlencoded query."""
        _check_query(query, self.strict_parsing, self.max_num_fields, self.separator)
        return urllib.parse.parse_qsl(query, self.keep_blank_values, self.strict_parsing,
                                      encoding=self.encoding, errors=self.errors,
                                      separator=self.separator)

    def _minis(self, query):
        return [MiniFieldStorage(name, value) for name, value in self._pairs(query)]

    def _read_bytes(self, size=None, reader="read"):
        """fp.read(size) (or fp.readline()), which must give bytes."""
        data = getattr(self.fp, reader)() if size is None else getattr(self.fp, reader)(size)
        if isinstance(data, bytes):
            return data
        raise ValueError("%s should return bytes, got %s" % (self.fp, type(data).__name__))

    def _line(self):
        """The next line of the input (counted in bytes_read); b"" at its end, which also
        marks this part done (-1)."""
        line = self.fp.readline(_LINE_CHUNK)
        self.bytes_read += len(line)
        if not line:
            self.done = -1
        return line

    def _ends_part(self, line):
        """Whether `line`, read at the start of a line, is the boundary that ends this part;
        the closing boundary also marks the whole body done (1)."""
        if not line.startswith(b"--"):
            return False
        mark = line.strip()[2:]
        if mark == self.outerboundary + b"--":
            self.done = 1
        return mark in (self.outerboundary, self.outerboundary + b"--")

    def read_urlencoded(self):
        """An application/x-www-form-urlencoded body (plus a POST's query string)."""
        text = self._read_bytes(self.length).decode(self.encoding, self.errors)
        if self.qs_on_post:
            text = "&".join((text, self.qs_on_post))
        self.list = self._minis(text)
        self.skip_lines()

    def read_multi(self, environ, keep_blank_values, strict_parsing):
        """A multipart body: one FieldStorage (FieldStorageClass) per part."""
        ib = self.innerboundary
        if not valid_boundary(ib):
            raise ValueError("Invalid boundary in multipart form: %r" % (ib,))
        self.list = self._minis(self.qs_on_post) if self.qs_on_post else []
        factory = self.FieldStorageClass or self.__class__
        budget = self.max_num_fields
        if budget is not None:
            budget -= len(self.list)

        # The preamble, up to the first boundary line (the first line must be bytes).
        line = self._read_bytes(reader="readline")
        self.bytes_read += len(line)
        while line and line.strip() != b"--" + ib:
            line = self.fp.readline()
            self.bytes_read += len(line)

        over = False
        while not over:
            block, line = b"", None
            while line is None or line.strip():
                line = self.fp.readline()
                block += line
            if not block:
                break
            self.bytes_read += len(block)
            part_headers = _headers_of(block, self.encoding, self.errors)
            # A part's own length is not trusted: the boundary ends it.
            del part_headers["content-length"]
            part = factory(self.fp, part_headers, ib, environ, keep_blank_values,
                           strict_parsing,
                           self.limit if self.limit is None else self.limit - self.bytes_read,
                           self.encoding, self.errors, budget, self.separator)
            if budget is not None:
                budget -= 1 + len(part.list or ())
                if budget < 0:
                    raise ValueError("Max number of fields exceeded")
            self.bytes_read += part.bytes_read
            self.list.append(part)
            over = part.done or self.bytes_read >= self.length > 0
        self.skip_lines()

    def read_single(self):
        """A body that is not a form: kept whole in self.file."""
        if self.length < 0:
            self.read_lines()
        else:
            self.read_binary()
            self.skip_lines()
        self.file.seek(0)

    def read_binary(self):
        """Copy exactly self.length bytes into self.file."""
        self.file, wanted = self.make_file(), self.length
        while wanted > 0:
            data = self._read_bytes(min(wanted, self.bufsize))
            self.bytes_read += len(data)
            if data:
                self.file.write(data)
                wanted -= len(data)
            else:
                self.done, wanted = -1, 0

    def read_lines(self):
        """Copy the body line by line into self.file, up to the end of the input or of the
        part."""
        self.file = self._small = (BytesIO if self._binary_file else StringIO)()
        (self.read_lines_to_outerboundary if self.outerboundary else self.read_lines_to_eof)()

    def _store(self, data):
        small = self.__dict__.get("_small")
        if small is not None and small.tell() + len(data) > _IN_MEMORY:
            self.file = self.make_file()
            self.file.write(small.getvalue())
            self._small = None
        self.file.write(data if self._binary_file else data.decode(self.encoding, self.errors))

    def read_lines_to_eof(self):
        """Everything up to the end of the input."""
        for line in _lines_of(self._line):
            self._store(line)

    def read_lines_to_outerboundary(self):
        """A part's content, up to the next boundary line; the line break just before the
        boundary belongs to the boundary, not to the content."""
        held = b""              # the line end held back until we know what follows
        fresh, taken = True, 0  # at the start of a line; bytes of this part read so far
        while self.limit is None or not 0 <= self.limit <= taken:
            line = self._line()
            if not line:
                return
            taken += len(line)
            if held == b"\r":
                line, held = held + line, b""
            if fresh and self._ends_part(line):
                return
            if line.endswith(b"\r\n"):
                ending = b"\r\n"
            else:
                ending = line[-1:] if line[-1:] in (b"\n", b"\r") else b""
            before, held, fresh = held, ending, ending in (b"\r\n", b"\n")
            self._store(before + line[:len(line) - len(ending)])

    def skip_lines(self):
        """Pass over the rest of this part, up to and including its boundary line."""
        if self.outerboundary and not self.done:
            fresh = True
            for line in _lines_of(self._line):
                if fresh and self._ends_part(line):
                    return
                fresh = line.endswith(b"\n")

    def make_file(self):
        """A new anonymous temporary file for a large part: binary for file uploads, text
        (in self.encoding) otherwise.  Subclasses may override it to keep uploads."""
        if not self._binary_file:
            return tempfile.TemporaryFile("w+", encoding=self.encoding, newline="\n")
        return tempfile.TemporaryFile("wb+")


# ---- debugging helpers -------------------------------------------------------------------

def test(environ=os.environ):
    """A complete CGI script that prints the request back as HTML (for testing servers)."""
    global maxlen
    print("Content-type: text/html", end="\n\n")
    sys.stderr = sys.stdout

    def f():
        exec("testing print_exception() -- <I>italics?</I>")

    def g():
        f()

    for second in (False, True):
        if second:
            print("<H1>Second try with a small maxlen...</H1>")
            maxlen = 50
        try:
            form = FieldStorage()
            for show in (print_directory, print_arguments):
                show()
            print_form(form)
            print_environ(environ)
            if not second:
                print_environ_usage()
                print("<H3>What follows is a test, not an actual exception:</H3>")
                g()
        except BaseException:
            print_exception()


def print_exception(type=None, value=None, tb=None, limit=None):
    """The current (or given) exception's traceback, as HTML."""
    import traceback
    kind, exc, trace = sys.exc_info() if type is None else (type, value, tb)
    print("\n<H3>Traceback (most recent call last):</H3>")
    text = _frames_as_text(traceback.extract_tb(trace, limit))
    text += traceback.format_exception_only(kind, exc)
    print("<PRE>%s<B>%s</B></PRE>" % (html.escape("".join(text[:-1])), html.escape(text[-1])))


def _frames_as_text(frames):
    """Traceback entries in the plain two-line layout of Python 3.8 (no column markers)."""
    import _compat_engine
    return _compat_engine.private_file("_legacy_text")["frames_38"](frames)


def print_environ(environ=os.environ):
    """The environment, sorted, as an HTML definition list."""
    rows = ["<DT> %s <DD> %s" % (html.escape(key), html.escape(environ[key]))
            for key in sorted(environ.keys())]
    print("\n".join(["", "<H3>Shell Environment:</H3>", "<DL>"] + rows + ["</DL>", ""]))


def print_form(form):
    """The fields of a form, sorted by name, as an HTML definition list."""
    names = sorted(form.keys())
    print("\n<H3>Form Contents:</H3>" + ("" if names else "\n<P>No form fields.") + "\n<DL>")
    for name in names:
        print("<DT>%s:" % html.escape(name), end=" ")
        item = form[name]
        print("<i>%s</i>\n<DD>%s" % (html.escape(repr(type(item))), html.escape(repr(item))))
    print("</DL>\n")


def print_directory():
    """The current working directory, as HTML."""
    try:
        where = html.escape(os.getcwd())
    except OSError as exc:
        where = "OSError: " + html.escape(str(exc))
    print("\n<H3>Current Working Directory:</H3>\n%s\n" % where)


def print_arguments():
    """sys.argv, as HTML."""
    print("\n<H3>Command Line Arguments:</H3>\n\n%s\n" % (sys.argv,))


_CGI_VARIABLES = ("AUTH_TYPE CONTENT_LENGTH CONTENT_TYPE DATE_GMT DATE_LOCAL DOCUMENT_NAME "
                  "DOCUMENT_ROOT DOCUMENT_URI GATEWAY_INTERFACE LAST_MODIFIED PATH PATH_INFO "
                  "PATH_TRANSLATED QUERY_STRING REMOTE_ADDR REMOTE_HOST REMOTE_IDENT "
                  "REMOTE_USER REQUEST_METHOD SCRIPT_NAME SERVER_NAME SERVER_PORT "
                  "SERVER_PROTOCOL SERVER_ROOT SERVER_SOFTWARE").split()
_HTTP_VARIABLES = ("HTTP_ACCEPT HTTP_CONNECTION HTTP_HOST HTTP_PRAGMA HTTP_REFERER "
                   "HTTP_USER_AGENT").split()


def print_environ_usage():
    """The CGI environment variables a script may look at, as HTML."""
    def items(names):
        return ["<UL>"] + ["<LI>" + name for name in names] + ["</UL>"]
    print("\n".join(
        ["", "<H3>These environment variables could have been set:</H3>"] + items(_CGI_VARIABLES)
        + ["In addition, HTTP headers sent by the server may be passed in the",
           "environment as well.  Here are some common variable names:"]
        + items(_HTTP_VARIABLES) + [""]))


if __name__ == "__main__":
    test()
