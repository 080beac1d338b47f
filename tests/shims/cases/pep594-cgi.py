"""Shim case pep594-cgi: the `cgi` module (removed in 3.13), used as old CGI scripts did.

A script reads its form with cgi.FieldStorage() from the CGI environment (os.environ) and
standard input: a GET query, an urlencoded POST body and a multipart/form-data upload, all
made up here.  Python 3.8 did not warn at `import cgi`, so no warning is printed for it.
Field names are sorted before printing (FieldStorage.keys() has no defined order).
"""
import io
import os
import sys

import cgi


def request(method, body=b"", content_type=None, query=None):
    """Set up os.environ and sys.stdin the way a web server starts a CGI script."""
    for name in ("REQUEST_METHOD", "QUERY_STRING", "CONTENT_TYPE", "CONTENT_LENGTH"):
        os.environ.pop(name, None)
    os.environ["REQUEST_METHOD"] = method
    if query is not None:
        os.environ["QUERY_STRING"] = query
    if content_type is not None:
        os.environ["CONTENT_TYPE"] = content_type
        os.environ["CONTENT_LENGTH"] = str(len(body))
    sys.stdin = io.TextIOWrapper(io.BytesIO(body), encoding="utf-8")


def script():
    """The body of a typical CGI script of the time."""
    print("Content-Type: text/html")
    print()
    form = cgi.FieldStorage()
    if "name" not in form or "addr" not in form:
        print("<H1>Error</H1>")
        print("Please fill in the name and addr fields.")
    else:
        print("<p>name:", form["name"].value)
        print("<p>addr:", form["addr"].value)
    print("keys:", sorted(form.keys()), len(form))
    print("getvalue:", form.getvalue("name"), form.getvalue("tag"), form.getvalue("none", "-"))
    print("getfirst:", form.getfirst("tag"), repr(form.getfirst("none", "")).upper())
    print("getlist:", form.getlist("tag"), form.getlist("none"))
    return form


print("== GET")
request("GET", query="name=Ann+Lee&addr=1%20Main%20St&tag=a&tag=b&empty=")
form = script()
print(repr(form))
print(form.type, form.list[0].__class__.__name__, form["tag"])
print(form.value == form.list, form.file, form.filename, form.name, form.length)

print("== GET, keep_blank_values")
form = cgi.FieldStorage(keep_blank_values=True)
print(sorted(form.keys()), form["empty"].value == "", form.getvalue("empty"))

print("== POST, urlencoded body plus query string")
body = b"name=J%C3%B6rg&addr=Stra%C3%9Fe+5&tag=x&comment=a%26b%3Dc"
request("POST", body, "application/x-www-form-urlencoded", query="tag=y")
form = script()
print(form.getvalue("comment"), form.qs_on_post, form.length, form.headers["content-length"])
print([(field.name, field.value) for field in form.list])

print("== POST, missing fields")
request("POST", b"name=x", "application/x-www-form-urlencoded")
form = script()

print("== POST, multipart/form-data with an upload")
boundary = "---------------------------9051914041544843365972754266"
parts = [
    ('form-data; name="name"', None, "Zo\u00eb".encode("utf-8")),
    ('form-data; name="addr"', None, b"Line one\r\nLine two"),
    ('form-data; name="upload"; filename="report.txt"', "text/plain", b"first line\nsecond line\n"),
    ('form-data; name="image"; filename="dot.gif"', "image/gif", b"GIF89a\x01\x00\x01\x00\x00\xff\x00,"),
    ('form-data; name="tag"', None, b"one"),
    ('form-data; name="tag"', None, b"two"),
    ('form-data; name="nothing"; filename=""', "application/octet-stream", b""),
]
chunks = []
for disposition, ctype, content in parts:
    chunks.append(b"--" + boundary.encode() + b"\r\n")
    chunks.append(b"Content-Disposition: " + disposition.encode() + b"\r\n")
    if ctype:
        chunks.append(b"Content-Type: " + ctype.encode() + b"\r\n")
    chunks.append(b"\r\n" + content + b"\r\n")
chunks.append(b"--" + boundary.encode() + b"--\r\n")
body = b"".join(chunks)
request("POST", body, "multipart/form-data; boundary=" + boundary, query="page=2")
form = script()
print(form.type, form.type_options == {"boundary": boundary}, form.innerboundary == boundary.encode())
print(form.length == len(body), form.bytes_read == len(body))
for field in form.list:
    print(" ", repr(field))
upload = form["upload"]
print("upload:", upload.filename, upload.type, upload.disposition, sorted(upload.disposition_options.items()))
print("upload headers:", upload.headers["Content-Type"], upload.headers.get("content-disposition"))
data = upload.file.read()
print("upload file:", type(data).__name__, data, upload.value == data)
upload.file.seek(0)
print("lines:", [line for line in upload.file])
upload.file.seek(0)
print(form["image"].value[:6], len(form["image"].value), form["image"].type)
print(form["name"].value, form["name"].filename, form["name"].type, type(form["name"].value).__name__)
print(repr(form["addr"].value), form.getlist("tag"), form.getvalue("page"))
print(repr(form["nothing"].filename), form["nothing"].value)
if form["upload"].filename:
    saved = io.BytesIO()
    while True:
        chunk = form["upload"].file.read(8)
        if not chunk:
            break
        saved.write(chunk)
    print("saved", len(saved.getvalue()), "bytes")

print("== parse_multipart")
pdict = {"boundary": boundary.encode("ascii"), "CONTENT-LENGTH": str(len(body))}
result = cgi.parse_multipart(io.BytesIO(body), pdict)
for key in sorted(result):
    print(" ", key, result[key])
ctype, pdict = cgi.parse_header("multipart/form-data; boundary=" + boundary)
pdict["boundary"] = pdict["boundary"].encode()
print(sorted(cgi.parse_multipart(io.BytesIO(body), pdict)))

print("== parse_header")
for header in ('text/html; charset="utf-8"',
               'form-data; name="file"; filename="C:\\\\dir\\\\a.txt"',
               'form-data; name="q\\"uoted"; filename="semi;colon.txt"',
               "text/plain", "", "Text/Plain; CharSet=ISO-8859-1; format=flowed",
               'attachment; filename="unterminated', "a; b; c=; =d; e = f ;"):
    print(" ", repr(header), "->", cgi.parse_header(header))

print("== parse")
environ = {"QUERY_STRING": "a=1&b=2&a=3&blank="}
print(sorted(cgi.parse(environ=environ).items()), sorted(environ))
print(sorted(cgi.parse(environ={"QUERY_STRING": "a=1&blank="}, keep_blank_values=1).items()))
environ = {"REQUEST_METHOD": "POST", "CONTENT_TYPE": "application/x-www-form-urlencoded",
           "CONTENT_LENGTH": "11", "QUERY_STRING": "q=z"}
print(sorted(cgi.parse(io.BytesIO(b"x=1&y=%41+B"), environ).items()), environ["QUERY_STRING"])

print("== MiniFieldStorage")
mini = cgi.MiniFieldStorage("key", "value")
print(repr(mini), mini.name, mini.value, mini.filename, mini.list, mini.type, mini.file,
      mini.type_options, mini.disposition, mini.disposition_options, mini.headers)

print("== print_form, print_environ, print_arguments, print_environ_usage")
request("GET", query="b=%3Cb%3E&a=1&a=2")
cgi.print_form(cgi.FieldStorage())
cgi.print_form(cgi.FieldStorage(environ={"QUERY_STRING": ""}))
cgi.print_environ({"SERVER_NAME": "example.org", "HTTP_USER_AGENT": "Mozilla/4.0 <compatible>"})
sys.argv = ["form.cgi", "--debug", "<arg>"]
cgi.print_arguments()
cgi.print_environ_usage()
print("== print_exception")
import contextlib
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        int("twelve")
    except ValueError:
        cgi.print_exception()
    cgi.print_exception(KeyError, KeyError("<missing>"), None)
print(out.getvalue().replace(os.path.abspath(__file__), "<script>"))
print("== print_directory")
out = io.StringIO()
with contextlib.redirect_stdout(out):
    cgi.print_directory()
print(out.getvalue().replace(os.getcwd(), "<cwd>"))
print(cgi.__all__)
