"""Shim case pep594-cgi, edges: how FieldStorage of Python 3.8 treats unusual requests.

Errors and their messages, limits (maxlen, limit, max_num_fields, Content-Length shorter than
the body), line endings inside parts, large parts spilled to temporary files, nested
multipart/mixed parts, non-form bodies, a subclass with its own make_file, and the
mapping interface on a form without fields.  Nothing printed depends on the dict order of
keys() or on file-object reprs.
"""
import io
import re
import sys

import cgi

BOUNDARY = "AaB03x"


def attempt(label, make):
    try:
        result = make()
    except Exception as exc:
        result = "%s: %s" % (type(exc).__name__, re.sub(r"0x[0-9a-fA-F]+", "0x...", str(exc)))
    print(label, "->", result)


def multipart(parts, closing=True, preamble=b"", boundary=BOUNDARY):
    out = preamble
    for headers, content in parts:
        out += b"--" + boundary.encode() + b"\r\n"
        out += b"".join(h.encode("utf-8") + b"\r\n" for h in headers)
        out += b"\r\n" + content + b"\r\n"
    if closing:
        out += b"--" + boundary.encode() + b"--\r\n"
    return out


def post(body, content_type="multipart/form-data; boundary=" + BOUNDARY, length=None,
         query=None, method="POST", **options):
    environ = {"REQUEST_METHOD": method,
               "CONTENT_LENGTH": str(len(body) if length is None else length)}
    if content_type is not None:
        environ["CONTENT_TYPE"] = content_type
    if query is not None:
        environ["QUERY_STRING"] = query
    return cgi.FieldStorage(io.BytesIO(body), environ=environ, **options)


def parts_of(form):
    return [(p.name, p.filename, p.value if len(p.value) < 30 else len(p.value), p.done,
             p.bytes_read) for p in form.list if isinstance(p, cgi.FieldStorage)]


def field(name, filename=None):
    text = 'Content-Disposition: form-data; name="%s"' % name
    if filename is not None:
        text += '; filename="%s"' % filename
    return text


print("== urlencoded")
attempt("strict", lambda: cgi.FieldStorage(environ={"QUERY_STRING": "a=1&b"}, strict_parsing=1))
attempt("max_num_fields", lambda: cgi.FieldStorage(environ={"QUERY_STRING": "a=1&b=2&c=3"},
                                                   max_num_fields=2))
attempt("strict, empty query", lambda: cgi.FieldStorage(environ={"QUERY_STRING": ""},
                                                        strict_parsing=1).list)
attempt("max_num_fields 0, empty query", lambda: cgi.FieldStorage(environ={"QUERY_STRING": ""},
                                                                  max_num_fields=0).list)
attempt("parse, strict, empty query", lambda: cgi.parse(environ={"QUERY_STRING": ""}, strict_parsing=1))
attempt("separator", lambda: cgi.FieldStorage(environ={"QUERY_STRING": "a=1;b=2&c=3"},
                                              separator=";").list)
attempt("raw utf-8 bytes", lambda: post(b"a=\xc3\xa9&b=\xe9&c=%e9",
                                        "application/x-www-form-urlencoded").list)
attempt("latin-1", lambda: post(b"a=\xc3\xa9&b=\xe9&c=%e9", "application/x-www-form-urlencoded",
                                encoding="latin-1").list)
attempt("no content type", lambda: post(b"k=v", None).list)
attempt("lower-case method", lambda: post(b"a=1", "application/x-www-form-urlencoded",
                                          method="post", query="q=2").list)
attempt("bad length", lambda: post(b"k=v", "application/x-www-form-urlencoded", length="abc").length)
attempt("body over limit", lambda: post(b"k=v&x=yyyy", "application/x-www-form-urlencoded",
                                        limit=5).list)
attempt("text stream", lambda: cgi.FieldStorage(io.StringIO("a=1"), environ={
    "REQUEST_METHOD": "POST", "CONTENT_TYPE": "application/x-www-form-urlencoded",
    "CONTENT_LENGTH": "3"}).list)
attempt("headers argument", lambda: cgi.FieldStorage(io.BytesIO(b"a=1"), headers={
    "content-type": "application/x-www-form-urlencoded", "content-length": "3"},
    environ={"REQUEST_METHOD": "POST"}).list)
attempt("bad headers", lambda: cgi.FieldStorage(io.BytesIO(b"a=1"), headers=[("a", "b")],
                                                environ={"REQUEST_METHOD": "POST"}))
attempt("bad fp", lambda: cgi.FieldStorage(42, environ={"REQUEST_METHOD": "POST"}))
attempt("str outerboundary", lambda: cgi.FieldStorage(io.BytesIO(b""), outerboundary="x",
                                                      environ={"REQUEST_METHOD": "POST"}))
sys.argv[1:] = ["from=argv"]
attempt("argv query", lambda: cgi.FieldStorage(environ={}).list)
attempt("argv query, HEAD", lambda: cgi.FieldStorage(environ={"REQUEST_METHOD": "HEAD"}).list)
attempt("parse argv", lambda: cgi.parse(environ={}))
del sys.argv[1:]

print("== maxlen")
cgi.maxlen = 10
attempt("FieldStorage", lambda: post(b"x" * 11, "application/x-www-form-urlencoded"))
attempt("parse", lambda: cgi.parse(io.BytesIO(b"x"), {"REQUEST_METHOD": "POST", "CONTENT_LENGTH": "11",
                                                      "CONTENT_TYPE": "application/x-www-form-urlencoded"}))
attempt("under", lambda: post(b"x=1", "application/x-www-form-urlencoded").list)
cgi.maxlen = 0

print("== multipart")
attempt("invalid boundary", lambda: post(b"", 'multipart/form-data; boundary=" bad "'))
attempt("no boundary", lambda: post(b"--\r\n", "multipart/form-data"))
attempt("empty body", lambda: post(b"").list)
attempt("closing only", lambda: post(b"--AaB03x--\r\n").list)
attempt("no closing boundary", lambda: parts_of(post(multipart([([field("a")], b"1")], closing=False))))
attempt("preamble", lambda: parts_of(post(multipart([([field("a")], b"1")], preamble=b"junk\r\nmore\r\n"))))
attempt("part Content-Length", lambda: parts_of(post(multipart([([field("a"), "Content-Length: 3"], b"xyzzy")]))))
attempt("LF line ends", lambda: parts_of(post(
    b'--AaB03x\nContent-Disposition: form-data; name="a"\n\nv1\n--AaB03x\n'
    b'Content-Disposition: form-data; name="b"\n\nl1\nl2\n\n--AaB03x--\n')))
attempt("CR inside", lambda: parts_of(post(multipart([([field("a")], b"x\ry\r\n\r\nz\r")]))))
attempt("boundary look-alikes", lambda: parts_of(post(multipart([([field("a")], b"--AaB03xz\r\n--AaB03x-- \r\nk")]))))
attempt("limit", lambda: parts_of(post(multipart([([field("a")], b"1" * 50), ([field("b")], b"2")]), limit=60)))
attempt("short Content-Length", lambda: parts_of(post(multipart([([field("a")], b"1" * 50), ([field("b")], b"2")]), length=60)))
attempt("max_num_fields 1", lambda: post(multipart([([field("a")], b"1"), ([field("b")], b"2")]), max_num_fields=1))
attempt("max_num_fields 2", lambda: parts_of(post(multipart([([field("a")], b"1"), ([field("b")], b"2")]), max_num_fields=2)))
attempt("max_num_fields with query", lambda: post(multipart([([field("a")], b"1")]), query="x=1", max_num_fields=1))
attempt("latin-1 headers", lambda: parts_of(post(multipart([([field("n\u00e9")], "v\u00e9".encode("latin-1"))]), encoding="latin-1")))
attempt("utf-8 names", lambda: parts_of(post(multipart([([field("n\u00e9", "\u00e9.txt")], "v\u00e9".encode())]))))

print("== large parts")
form = post(multipart([([field("a")], b"x" * 1000), ([field("b")], b"y" * 1001),
                       ([field("c", "c.bin")], b"z" * 1000), ([field("d", "d.bin")], b"w" * 1001)]))
for part in form.list:
    in_memory = isinstance(part.file, (io.StringIO, io.BytesIO))
    print(part.name, in_memory, len(part.value), type(part.value).__name__, part.value[:3])

print("== nested multipart/mixed")
inner = (b'--BbC04y\r\nContent-Disposition: file; filename="file1.txt"\r\nContent-Type: text/plain\r\n\r\n'
         b'...contents of file1.txt...\r\n--BbC04y\r\nContent-Disposition: file; filename="file2.gif"\r\n'
         b'Content-Type: image/gif\r\n\r\nGIF89a\r\n--BbC04y--')
form = post(multipart([([field("field1")], b"Joe Blow"),
                       ([field("files"), "Content-Type: multipart/mixed; boundary=BbC04y"], inner)]))
print(form)
files = form["files"]
print(files.type, files.innerboundary, [(f.disposition, f.filename, f.type, f.value) for f in files.list])
attempt("nested max_num_fields 3", lambda: post(multipart([([field("files"), "Content-Type: multipart/mixed; boundary=BbC04y"], inner)]), max_num_fields=2))
attempt("nested max_num_fields 4", lambda: len(post(multipart([([field("files"), "Content-Type: multipart/mixed; boundary=BbC04y"], inner)]), max_num_fields=3).list))

print("== bodies that are not forms")
attempt("text/plain, no length", lambda: (lambda f: (f, f.value, f.length, f.bytes_read, f.done, f.list))(
    cgi.FieldStorage(io.BytesIO(b"hello\nworld\n"), environ={"REQUEST_METHOD": "POST", "CONTENT_TYPE": "text/plain"})))
attempt("text/plain with length", lambda: post(b"hello\nworld\n", "text/plain"))
attempt("mixed-case type", lambda: post(b"a=1", "Application/X-WWW-Form-Urlencoded"))
attempt("PUT octet-stream", lambda: post(b"\x00\x01", "application/octet-stream", method="PUT"))
form = cgi.FieldStorage(io.BytesIO(b"raw"), environ={"REQUEST_METHOD": "PUT"})
print("PUT without type:", form.type, repr(form.value))
for what, op in (("getitem", lambda f: f["a"]), ("keys", lambda f: f.keys()), ("in", lambda f: "a" in f),
                 ("len", len), ("bool", bool), ("getvalue", lambda f: f.getvalue("a"))):
    attempt("no fields: " + what, lambda: op(form))
attempt("bool of empty form", lambda: bool(cgi.FieldStorage(environ={"QUERY_STRING": ""})))
attempt("KeyError", lambda: cgi.FieldStorage(environ={"QUERY_STRING": "a=1"})["b"])
attempt("other attribute", lambda: cgi.FieldStorage(environ={"QUERY_STRING": "a=1"}).nope)
attempt("with, no file", lambda: cgi.FieldStorage(environ={"QUERY_STRING": "a=1"}).__exit__(None, None, None))
with post(multipart([([field("f", "f.txt")], b"data")]))["f"] as part:
    print("with:", part.value, part.file.closed)
print("after with:", part.file.closed)


print("== subclass")
class Keeper(cgi.FieldStorage):
    made = []

    def make_file(self):
        Keeper.made.append(self.filename)
        return io.BytesIO() if self._binary_file else io.StringIO()


form = Keeper(io.BytesIO(multipart([([field("big", "big.bin")], b"q" * 1500), ([field("small")], b"s")])),
              environ={"REQUEST_METHOD": "POST", "CONTENT_TYPE": "multipart/form-data; boundary=" + BOUNDARY})
print(type(form["big"]).__name__, len(form["big"].value), form["small"].value, Keeper.made)


class Parts(cgi.FieldStorage):
    pass


class Outer(cgi.FieldStorage):
    FieldStorageClass = Parts


form = Outer(io.BytesIO(multipart([([field("a")], b"1")])),
             environ={"REQUEST_METHOD": "POST", "CONTENT_TYPE": "multipart/form-data; boundary=" + BOUNDARY})
print([type(p).__name__ for p in form.list], cgi.FieldStorage.bufsize)

print("== parse_multipart, parse")
attempt("str boundary", lambda: cgi.parse_multipart(io.BytesIO(b""), {"boundary": "x"}))
attempt("no boundary", lambda: cgi.parse_multipart(io.BytesIO(b""), {}))
attempt("latin-1", lambda: cgi.parse_multipart(io.BytesIO(multipart([([field("a")], b"\xe9")])),
                                               {"boundary": BOUNDARY.encode()}, encoding="latin-1"))
attempt("parse multipart", lambda: cgi.parse(io.BytesIO(b""), {"REQUEST_METHOD": "POST",
                                                               "CONTENT_TYPE": "multipart/form-data; boundary=x"}))
attempt("parse no type", lambda: cgi.parse(io.BytesIO(b"a=1"), {"REQUEST_METHOD": "POST", "CONTENT_LENGTH": "3"}))
environ = {"REQUEST_METHOD": "POST", "CONTENT_TYPE": "text/plain", "CONTENT_LENGTH": "3"}
attempt("parse text/plain", lambda: (cgi.parse(io.BytesIO(b"a=1"), environ), environ["QUERY_STRING"]))
attempt("parse latin-1 stream", lambda: cgi.parse(io.BytesIO(), {"QUERY_STRING": "b=%C3%A9"}))
attempt("parse strict", lambda: cgi.parse(environ={"QUERY_STRING": "a=1&&b"}, strict_parsing=1))
attempt("parse separator", lambda: cgi.parse(environ={"QUERY_STRING": "a=1;b=2&c=%20"}, separator=";"))
print("== valid_boundary")
for candidate in ("abc", b"abc", " x", "x ", "", "a" * 200, "a" * 201, "a" * 202, "caf\u00e9", b"\x00"):
    print(repr(candidate)[:12], bool(cgi.valid_boundary(candidate)))

print("== text streams, repeated names")
attempt("multipart from a text stream", lambda: cgi.FieldStorage(io.StringIO("--AaB03x\r\n"), environ={
    "REQUEST_METHOD": "POST", "CONTENT_TYPE": "multipart/form-data; boundary=" + BOUNDARY}))
attempt("text/plain from an empty text stream", lambda: repr(cgi.FieldStorage(io.StringIO(""), environ={
    "REQUEST_METHOD": "POST", "CONTENT_TYPE": "text/plain"}).value))
form = post(multipart([([field("t")], b"1"), ([field("t", "t.txt")], b"2"), ([field("u")], b"")]))
print(form.getfirst("t"), form.getvalue("t"), form.getlist("t"), form.getvalue("none", 0),
      form.getfirst("none"), repr(form.getvalue("u")), len(form), "t" in form, "v" in form)
print(form["t"], form["u"].done, form.done, form.bytes_read == form.length)
