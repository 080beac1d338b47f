"""Shim case urllib-request-urlopener: urllib.request.URLopener and FancyURLopener
(deprecated since 3.3, removed in 3.14).

Everything is local: an http.server in a thread on 127.0.0.1, file: URLs of a temporary
directory and data: URLs.  Ports, dates, the Python version in User-Agent and temporary paths
are masked; file: URLs are built with quote(), not pathname2url(), whose result 3.14
changed.  Left out: 308 (3.8's FancyURLopener did not follow it, 3.11+ did), https and ftp
servers (only their error paths), the body of error responses (unreadable on 3.8).
"""
import base64
import http.server
import os
import tempfile
import threading
import urllib.request
import warnings
from urllib.error import HTTPError, URLError
from urllib.parse import quote

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from urllib.request import FancyURLopener, URLopener

TOKEN = "Basic " + base64.b64encode(b"joe:s3cret").decode()


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def reply(self, code, body=b"", headers=()):
        self.send_response(code)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path
        if path.startswith("/redirect/"):
            self.reply(int(path[10:13]), b"moved", [("Location", "/hello?from=%s" % path[10:13])])
        elif path == "/loop":
            self.reply(302, b"", [("Location", "/loop")])
        elif path == "/nowhere":
            self.reply(302, b"", [("Location", "gopher://example.invalid/x")])
        elif path == "/auth":
            if self.headers.get("Authorization") == TOKEN:
                self.reply(200, b"welcome joe")
            else:
                self.reply(401, b"denied", [("WWW-Authenticate", 'Basic realm="vault"')])
        elif path == "/digest":
            self.reply(401, b"denied", [("WWW-Authenticate", 'Digest realm="vault", nonce="1"')])
        elif path == "/missing":
            self.reply(404, b"no such page", [("Content-Type", "text/plain")])
        elif path == "/short.bin":
            self.send_response(200)
            self.send_header("Content-Length", "100")
            self.end_headers()
            self.wfile.write(b"only a part")
        else:
            agent = self.headers.get("User-Agent", "").split("/")[0]
            extra = self.headers.get("X-Extra")
            body = "GET %s agent=%s extra=%s accept=%s" % (path, agent, extra,
                                                            self.headers.get("Accept"))
            self.reply(200, body.encode() * (1 if "big" not in path else 600),
                       [("Content-Type", "text/plain")])

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        data = self.rfile.read(length)
        self.reply(200, b"POST " + data + b" as " + self.headers["Content-Type"].encode())


server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
BASE = "http://127.0.0.1:%d" % server.server_port
folder = tempfile.mkdtemp()


def mask(value):
    text = str(value).replace(BASE, "BASE").replace("127.0.0.1:%d" % server.server_port, "HOST")
    return text.replace(folder, "DIR")


def show(*values):
    print(*[mask(v) for v in values])


def attempt(label, function, *args):
    try:
        result = function(*args)
    except HTTPError as exc:
        show(label, "HTTPError", exc.code, exc.msg, exc.filename, exc.reason)
        return None
    except (URLError, OSError, ValueError, TypeError) as exc:
        show(label, type(exc).__name__, exc, exc.args)
        return None
    return result


def response(label, r, body=True):
    if r is not None:
        show(label, type(r).__name__, r.getcode(), r.geturl(), r.read() if body else "-")
        r.close()


print("== construction")
for cls in (URLopener, FancyURLopener):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        opener = cls()
    print(cls.__name__, [issubclass(w.category, DeprecationWarning) for w in caught])
    print(opener.version.split("/")[0], [h for h, _v in opener.addheaders],
          opener.addheaders[0][1] == opener.version, opener.proxies == urllib.request.getproxies(),
          opener.key_file, opener.cert_file, opener.tempcache, hasattr(opener, "context"))
warnings.simplefilter("ignore", DeprecationWarning)
fancy = FancyURLopener({})
print(fancy.tries, fancy.maxtries, fancy.auth_cache, fancy.proxies, isinstance(fancy, URLopener))
print(URLopener.__module__, FancyURLopener.__mro__[1].__name__, hasattr(URLopener({}), "context"))
print("URLopener" in urllib.request.__all__, "FancyURLopener" in urllib.request.__all__)

print("== http")
plain = URLopener({})
r = plain.open(BASE + "/hello")
show(type(r).__name__, r.getcode(), r.geturl(), r.read(), sorted(r.info().keys()),
     r.info()["Content-Type"])
r.close()
plain.addheader("X-Extra", "yes")
response("addheader", plain.open(BASE + "/again"))
response("post", plain.open(BASE + "/form", b"a=1&b=2"))
response("wrapped url", plain.open("<URL:%s/wrapped>" % BASE))
response("quoted", plain.open(BASE + "/a b/%7E?q=1 2&r=[x]"))
attempt("non-ascii", plain.open, BASE + "/caf\u00e9")
attempt("plain 404", plain.open, BASE + "/missing")
for code in (301, 302, 303, 307):
    attempt("plain %d" % code, plain.open, BASE + "/redirect/%d" % code)
attempt("no host", plain.open, "http:///path")
attempt("unknown", plain.open, "bogus://thing")
attempt("open_unknown", plain.open_unknown, "zz://thing")
attempt("unknown proxy", URLopener({"zz": "yy://proxy.invalid:1"}).open, "zz://thing")

print("== FancyURLopener")
response("fancy 404", fancy.open(BASE + "/missing"), body=False)
for code in (301, 302, 303, 307):
    response("fancy %d" % code, fancy.open(BASE + "/redirect/%d" % code))
response("fancy 307 post", fancy.open(BASE + "/redirect/307", b"x=1"), body=False)
response("loop", fancy.open(BASE + "/loop"), body=False)
print(fancy.tries)
attempt("to gopher", fancy.open, BASE + "/nowhere")
attempt("401", fancy.open, BASE + "/auth")
attempt("digest", fancy.open, BASE + "/digest")
response("in url", fancy.open(BASE.replace("//", "//joe:s3cret@") + "/auth"))


class Prompted(FancyURLopener):
    answers = [("joe", "wrong"), ("joe", "s3cret")]

    def prompt_user_passwd(self, host, realm):
        show("prompt", host, realm)
        return self.answers.pop(0) if self.answers else (None, None)

    def http_error_401(self, url, fp, errcode, errmsg, headers, data=None):
        return FancyURLopener.http_error_401(self, url, fp, errcode, errmsg, headers, data,
                                             retry=True)


prompted = Prompted()
attempt("prompt wrong", prompted.open, BASE + "/auth")
show(prompted.auth_cache)
print(prompted.get_user_passwd("HOST", "vault"), prompted.answers)
prompted.auth_cache.clear()
prompted.answers = [("joe", "s3cret")]
response("prompt right", attempt("prompt right", prompted.open, BASE + "/auth"))
show(prompted.auth_cache)
response("cached", prompted.open(BASE + "/auth"))
print(prompted.get_user_passwd("127.0.0.1", "other"), prompted.auth_cache.get("other@127.0.0.1"))
show(prompted.retry_http_basic_auth("//127.0.0.1:%d/auth" % server.server_port, "vault").read())
prompted.answers = [(None, None)]
print(prompted.retry_http_basic_auth("//nobody.invalid/auth", "elsewhere"))

print("== file and data")
path = os.path.join(folder, "notes.txt")
with open(path, "wb") as f:
    f.write(b"local text\n")
url = "file://" + quote(path)
r = plain.open(url)
show(type(r).__name__, r.read(), r.geturl(), r.getcode(), sorted(r.info().keys()),
     r.info()["Content-Type"], r.info()["Content-Length"])
r.close()
response("no slashes", plain.open("file:" + quote(path)), body=True)
response("localhost", plain.open("file://localhost" + quote(path)))
response("no scheme", plain.open(quote(path)))
attempt("missing file", plain.open, url + ".gone")
attempt("other host", plain.open, "file://elsewhere.invalid/x")
for data_url in ("data:text/plain;charset=utf-8,hello%20data", "data:;base64,aGVsbG8=",
                 "data:,plain", "data:text/html,%3Cb%3E"):
    r = plain.open(data_url)
    text = r.read()
    show(type(text).__name__, text.split("\n")[1:], r.geturl(), r.getcode(),
         sorted(r.info().keys()), r.info()["Content-type"])
attempt("bad data", plain.open, "data:no-comma")
attempt("ftp no host", plain.open, "ftp:///file.txt")

print("== retrieve")
name, headers = plain.retrieve(url)
show(name == path, type(headers).__name__, sorted(headers.keys()))
hooks = []
target = os.path.join(folder, "copy.txt")
name, headers = plain.retrieve(BASE + "/copy", target, lambda *a: hooks.append(a))
with open(name, "rb") as f:
    show(name, f.read(), hooks, sorted(headers.keys()))
hooks = []
name, headers = plain.retrieve(BASE + "/big.dat", reporthook=lambda *a: hooks.append(a))
print(name.endswith(".dat"), os.path.dirname(name) == tempfile.gettempdir(), os.path.getsize(name),
      hooks)
plain.cleanup()
print(os.path.exists(name))
name, headers = plain.retrieve(url, os.path.join(folder, "copy2.txt"))
with open(name, "rb") as f:
    show(name, f.read())
try:
    plain.retrieve(BASE + "/short.bin", os.path.join(folder, "short.bin"))
except urllib.request.ContentTooShortError as exc:
    show("ContentTooShortError", exc, exc.content[0])
plain.tempcache = {}
name, headers = plain.retrieve(BASE + "/cached.txt")
print(list(plain.tempcache) == [BASE + "/cached.txt"], plain.retrieve(BASE + "/cached.txt")[0] == name)
plain.close()
print(os.path.exists(name))
for leftover in os.listdir(folder):
    os.remove(os.path.join(folder, leftover))
os.rmdir(folder)
server.shutdown()
server.server_close()
