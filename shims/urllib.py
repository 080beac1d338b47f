"""Shims for urllib.request.

- urlopen(cafile=, capath=, cadefault=) (removed in 3.13): the certificate authorities to
  verify the server against.  Restored with the meaning they had: a verifying context
  (ssl.create_default_context(cafile=..., capath=...)), so certificate checking is never
  weaker than the runtime's default.
"""
from _compat_engine import shim


@shim("urlopen-cafile-capath", target="urllib.request", removed_in="3.13",
      replacement="context=ssl.create_default_context(cafile=..., capath=...)",
      kind="parameter")
def _urlopen_cafile(request, ctx):
    import socket
    original = request.urlopen
    default_timeout = socket._GLOBAL_DEFAULT_TIMEOUT

    def urlopen(url, data=None, timeout=default_timeout, *, cafile=None, capath=None,
                cadefault=False, context=None):
        if cafile or capath or cadefault:
            ctx.warn("urlopen(cafile=, capath=, cadefault=)", stacklevel=1)
            if context is not None:
                raise ValueError("You can't pass both context and any of cafile, capath, "
                                 "and cadefault")
            try:
                import ssl
            except ImportError:
                raise ValueError("SSL support not available")
            context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cafile,
                                                 capath=capath)
        return original(url, data, timeout, context=context)

    urlopen.__doc__ = original.__doc__
    urlopen.__module__ = request.__name__
    urlopen._pythonc_original = original
    if "urlopen" in request.__dict__:
        request.urlopen = urlopen

        def undo():
            if request.__dict__.get("urlopen") is urlopen:
                request.urlopen = original
        ctx._undo_steps.append(undo)


@_urlopen_cafile.hide
def _hide_urlopen_cafile(request):
    import socket
    original = request.urlopen
    default_timeout = socket._GLOBAL_DEFAULT_TIMEOUT

    def urlopen(url, data=None, timeout=default_timeout, *, context=None):
        # The 3.13 signature.
        return original(url, data, timeout, context=context)

    request.urlopen = urlopen


# ---- urllib-request-urlopener ---------------------------------------------------------------
#
# URLopener and FancyURLopener (deprecated since 3.3, removed in 3.14), rebuilt on what 3.14's
# urllib still has: http.client for http/https, request.ftpwrapper for ftp, the split helpers
# of urllib.parse.  Behaviour observed on 3.8.18 and 3.13.0 (they agree but for the handling
# of 308, which 3.13's FancyURLopener follows like 307):
#   - open(url[, data]) quotes the URL, picks open_<scheme>() (proxies from getproxies()),
#     returns an addinfourl; an OSError from the scheme's method comes back as
#     OSError("socket error", <the error>); an unknown scheme is
#     OSError("url error", "unknown url type", scheme).
#   - http: a status outside 2xx goes to http_error_<code>() if the opener has one, else to
#     http_error_default(): URLopener raises HTTPError(url without scheme, ...),
#     FancyURLopener returns the response with its code.  FancyURLopener follows 301, 302,
#     303, 307 (and 308) through redirect_internal(); on 401/407 it asks prompt_user_passwd()
#     only when http_error_401/407 is called with retry=True.
#   - file: open_local_file() gives Content-Type/Content-Length/Last-modified headers;
#     data: gives a file whose read() returns the header lines, a blank line and the body.
#   - retrieve() reads 8 KiB blocks, calls reporthook(block number, 8192, size) first with 0.
# Certificates are never checked less than by urlopen(): https uses the context given as
# URLopener(context=...), else http.client's default verifying context; key_file/cert_file
# only add a client certificate to a verifying context.

_URLOPENER_NAMES = ("URLopener", "FancyURLopener")


def _urlopener_classes(request, ctx, made={}):
    """Build the two classes once per urllib.request module."""
    built = made.get(id(request))
    if built is not None and built[0] is request:
        return built[1]

    import base64
    import email
    import io
    import os
    import re
    import socket
    import sys
    import tempfile
    import time
    import urllib.parse as parse
    from urllib.error import ContentTooShortError, HTTPError, URLError
    from urllib.response import addinfourl

    split_type, split_host, split_user = parse._splittype, parse._splithost, parse._splituser
    split_passwd, split_port, split_query = parse._splitpasswd, parse._splitport, parse._splitquery
    split_attr, split_value = parse._splitattr, parse._splitvalue
    unquote, quote = parse.unquote, parse.quote
    block_size = 8192
    challenge = re.compile('[ \t]*([^ \t]+)[ \t]+realm="([^"]*)"')

    def plain_url(url):
        if isinstance(url, bytes):
            url = url.decode("ascii")
        elif isinstance(url, str):
            try:
                url.encode("ascii")
            except UnicodeError:
                raise UnicodeError("URL %r contains non-ASCII characters" % url)
        return parse.unwrap(url)

    def basic(credentials):
        return base64.b64encode(unquote(credentials).encode()).decode("ascii")

    def warn_depth(opener):
        # Attribute the warning to the code that made the opener, above the __init__ calls of
        # URLopener subclasses.
        depth, frame = 1, sys._getframe(2)
        while frame is not None and frame.f_code.co_name == "__init__" \
                and frame.f_locals.get("self") is opener:
            depth += 1
            frame = frame.f_back
        return depth

    class URLopener(object):
        """Opens URLs of the schemes it has an open_<scheme>() method for (http, https,
        ftp, file, data), sending the headers in `addheaders`.  Deprecated: use urlopen()."""

        version = "Python-urllib/%s" % getattr(request, "__version__", "%d.%d" % sys.version_info[:2])
        _pythonc_downloads = ()     # files retrieve() made, removed again by cleanup()

        def __init__(self, proxies=None, **x509):
            restored = "FancyURLopener" if isinstance(self, FancyURLopener) else "URLopener"
            ctx.warn("urllib.request.%s" % restored, stacklevel=warn_depth(self))
            if proxies is None:
                proxies = request.getproxies()
            if not hasattr(proxies, "keys"):
                # (3.8 checked this with an assert, hence the AssertionError.)
                raise AssertionError("proxies must be a mapping")
            self.proxies = proxies
            self.key_file, self.cert_file = x509.get("key_file"), x509.get("cert_file")
            if x509.get("context") is not None:
                # (3.8 accepted and ignored it; 3.14's urllib uses a given context, and so
                # does this: https then verifies with it.)
                self.context = x509["context"]
            self.addheaders = [("User-Agent", self.version), ("Accept", "*/*")]
            self._pythonc_downloads = []
            self.tempcache = None
            self.ftpcache = request.__dict__.get("ftpcache", _FTP_CACHE)

        def __del__(self):
            self.close()

        def close(self):
            self.cleanup()

        def cleanup(self, _remove=os.remove):
            # (_remove is bound now: __del__ may run at shutdown, when os is gone.)
            made, self._pythonc_downloads = self._pythonc_downloads, []
            for path in made:
                try:
                    _remove(path)
                except OSError:
                    pass
            if self.tempcache:
                self.tempcache.clear()

        def addheader(self, *args):
            """addheader(name, value): send this header with every http(s) request."""
            self.addheaders.append(args)

        def open(self, fullurl, data=None):
            """Open fullurl with the open_<scheme>() method of its scheme."""
            fullurl = quote(plain_url(fullurl), safe="%/:=&?~#+!$,;'@()*[]|")
            if self.tempcache and fullurl in self.tempcache:
                filename, headers = self.tempcache[fullurl]
                return addinfourl(open(filename, "rb"), headers, fullurl)
            scheme, url = split_type(fullurl)
            scheme = scheme or "file"
            proxy = self.proxies.get(scheme) if scheme in self.proxies else None
            if proxy is not None:
                scheme, proxy_rest = split_type(proxy)
                proxy_host, _selector = split_host(proxy_rest)
                url = (proxy_host, fullurl)
            self.type = scheme
            method = "open_" + scheme.replace("-", "_")
            if method == "open_local_file" or not hasattr(self, method):
                if proxy is not None:
                    return self.open_unknown_proxy(proxy, fullurl, data)
                return self.open_unknown(fullurl, data)
            try:
                if data is None:
                    return getattr(self, method)(url)
                return getattr(self, method)(url, data)
            except (HTTPError, URLError):
                raise
            except OSError as exc:
                raise OSError("socket error", exc).with_traceback(sys.exc_info()[2])

        def open_unknown(self, fullurl, data=None):
            """Called for a scheme this opener has no method for: raises OSError."""
            scheme, _url = split_type(fullurl)
            raise OSError("url error", "unknown url type", scheme)

        def open_unknown_proxy(self, proxy, fullurl, data=None):
            """Called for a proxied scheme this opener has no method for: raises OSError."""
            scheme, _url = split_type(fullurl)
            raise OSError("url error", "invalid proxy for %s" % scheme, proxy)

        def retrieve(self, url, filename=None, reporthook=None, data=None):
            """Copy url to filename (a new temporary file when None; a local file's own
            name for file: URLs) and return (filename, headers)."""
            url = plain_url(url)
            if self.tempcache and url in self.tempcache:
                return self.tempcache[url]
            scheme, rest = split_type(url)
            if filename is None and (not scheme or scheme == "file"):
                try:
                    local = self.open_local_file(rest)
                    headers = local.info()
                    local.close()
                    return request.url2pathname(split_host(rest)[1]), headers
                except OSError:
                    pass
            source = self.open(url, data)
            try:
                headers = source.info()
                if filename:
                    target = open(filename, "wb")
                else:
                    path = split_host(split_type(url)[1] or "")[1]
                    path = split_attr(split_query(path or "")[0] or "")[0]
                    fd, filename = tempfile.mkstemp(os.path.splitext(path or "")[1])
                    self._pythonc_downloads.append(filename)
                    target = os.fdopen(fd, "wb")
                try:
                    result = filename, headers
                    if self.tempcache is not None:
                        self.tempcache[url] = result
                    size = -1
                    if "content-length" in headers:
                        size = int(headers["Content-Length"])
                    count = got = 0
                    if reporthook:
                        reporthook(count, block_size, size)
                    while True:
                        block = source.read(block_size)
                        if not block:
                            break
                        got += len(block)
                        target.write(block)
                        count += 1
                        if reporthook:
                            reporthook(count, block_size, size)
                finally:
                    target.close()
            finally:
                source.close()
            if 0 <= size and got < size:
                raise ContentTooShortError("retrieval incomplete: got only %i out of %i bytes"
                                           % (got, size), result)
            return result

        # -- http and https

        def _open_generic_http(self, connection_factory, url, data):
            user_passwd = proxy_passwd = None
            if isinstance(url, str):
                host, selector = split_host(url)
                if host:
                    user_passwd, host = split_user(host)
                    host = unquote(host)
                real_host = host
            else:
                host, selector = url
                proxy_passwd, host = split_user(host)
                scheme, rest = split_type(selector)
                url = rest
                real_host = None
                if scheme.lower() == "http":
                    real_host, rest = split_host(rest)
                    if real_host:
                        user_passwd, real_host = split_user(real_host)
                    if user_passwd:
                        selector = "%s://%s%s" % (scheme, real_host, rest)
                    if request.proxy_bypass(real_host):
                        host = real_host
            if not host:
                raise OSError("http error", "no host given")
            headers = {}
            if proxy_passwd:
                headers["Proxy-Authorization"] = "Basic %s" % basic(proxy_passwd)
            if user_passwd:
                headers["Authorization"] = "Basic %s" % basic(user_passwd)
            if real_host:
                headers["Host"] = real_host
            headers["Connection"] = "close"
            for name, value in self.addheaders:
                headers[name] = value
            connection = connection_factory(host)
            if data is not None:
                headers["Content-Type"] = "application/x-www-form-urlencoded"
                connection.request("POST", selector, data, headers)
            else:
                connection.request("GET", selector, headers=headers)
            try:
                response = connection.getresponse()
            except http_client().BadStatusLine:
                raise URLError("http protocol error: bad status line")
            if 200 <= response.status < 300:
                return addinfourl(response, response.msg, "http:" + url, response.status)
            # (The response itself, not its socket file, so that a handler can still read
            # the body.)
            return self.http_error(url, response, response.status, response.reason,
                                   response.msg, data)

        def open_http(self, url, data=None):
            """Use the http protocol."""
            return self._open_generic_http(http_client().HTTPConnection, url, data)

        def http_error(self, url, fp, errcode, errmsg, headers, data=None):
            """Hand a non-2xx response to http_error_<errcode>() when the opener has one
            and it returns something, else to http_error_default()."""
            handler = getattr(self, "http_error_%d" % errcode, None)
            if handler is not None:
                if data is None:
                    result = handler(url, fp, errcode, errmsg, headers)
                else:
                    result = handler(url, fp, errcode, errmsg, headers, data)
                if result:
                    return result
            return self.http_error_default(url, fp, errcode, errmsg, headers)

        def http_error_default(self, url, fp, errcode, errmsg, headers):
            """Close the response and raise HTTPError."""
            fp.close()
            raise HTTPError(url, errcode, errmsg, headers, None)

        def _https_connection(self, host):
            client = http_client()
            context = getattr(self, "context", None)
            if self.key_file or self.cert_file:
                import ssl
                if context is None:
                    context = ssl.create_default_context()
                context.load_cert_chain(self.cert_file, self.key_file)
            # No context: http.client's own default, which verifies certificates.
            return client.HTTPSConnection(host, context=context)

        def open_https(self, url, data=None):
            """Use the https protocol (certificates verified)."""
            if not hasattr(http_client(), "HTTPSConnection"):
                raise URLError("https support not available (no ssl module)")
            return self._open_generic_http(self._https_connection, url, data)

        # -- file, ftp, data

        def open_file(self, url):
            """Use a local file."""
            if not isinstance(url, str):
                raise URLError("file error: proxy support for file protocol currently not "
                               "implemented")
            if url[:2] == "//" and url[2:3] != "/" and url[2:12].lower() != "localhost/":
                raise ValueError("file:// scheme is supported only on localhost")
            return self.open_local_file(url)

        def open_local_file(self, url):
            """Open a file of this machine."""
            import email.utils
            import mimetypes
            host, path = split_host(url)
            name = request.url2pathname(path)
            try:
                info = os.stat(name)
            except OSError as exc:
                raise URLError(exc.strerror, exc.filename)
            kind = mimetypes.guess_type(url)[0] or "text/plain"
            headers = email.message_from_string(
                "Content-Type: %s\nContent-Length: %d\nLast-modified: %s\n"
                % (kind, info.st_size, email.utils.formatdate(info.st_mtime, usegmt=True)))
            shown = "file://" + path if path[:1] == "/" else path
            if not host:
                return addinfourl(open(name, "rb"), headers, shown)
            host, port = split_port(host)
            if not port and socket.gethostbyname(host) in \
                    ((request.localhost(),) + request.thishost()):
                if path[:2] == "./":
                    raise ValueError("local file url may start with / or file:. Unknown url "
                                     "of type: %s" % url)
                return addinfourl(open(name, "rb"), headers, shown)
            raise URLError("local file error: not on local host")

        def open_ftp(self, url):
            """Use the ftp protocol (connections kept in self.ftpcache)."""
            import mimetypes
            if not isinstance(url, str):
                raise URLError("ftp error: proxy support for ftp protocol currently not "
                               "implemented")
            host, path = split_host(url)
            if not host:
                raise URLError("ftp error: no host given")
            host, port = split_port(host)
            user, host = split_user(host)
            user, passwd = split_passwd(user) if user else (None, None)
            host = socket.gethostbyname(unquote(host))
            user, passwd = unquote(user or ""), unquote(passwd or "")
            if port:
                port = int(port)
            else:
                import ftplib
                port = ftplib.FTP_PORT
            path, attrs = split_attr(path)
            *dirs, filename = unquote(path).split("/")
            if dirs and not dirs[0]:
                dirs = dirs[1:]
            if dirs and not dirs[0]:
                dirs[0] = "/"
            key = user, host, port, "/".join(dirs)
            cache = self.ftpcache
            if len(cache) > request.__dict__.get("MAXFTPCACHE", _MAX_FTP_CACHE):
                for old in list(cache):
                    if old != key:
                        connection = cache.pop(old)
                        connection.close()
            try:
                if key not in cache:
                    cache[key] = request.ftpwrapper(user, passwd, host, port, dirs)
                mode = "I" if filename else "D"
                for attr in attrs:
                    name, value = split_value(attr)
                    if name.lower() == "type" and value in ("a", "A", "i", "I", "d", "D"):
                        mode = value.upper()
                fp, length = cache[key].retrfile(filename, mode)
                kind = mimetypes.guess_type("ftp:" + url)[0]
                text = ""
                if kind:
                    text += "Content-Type: %s\n" % kind
                if length is not None and length >= 0:
                    text += "Content-Length: %d\n" % length
                return addinfourl(fp, email.message_from_string(text), "ftp:" + url)
            except request.ftperrors() as exc:
                raise URLError("ftp error %r" % exc).with_traceback(sys.exc_info()[2])

        def open_data(self, url, data=None):
            """Use a data: URL (RFC 2397)."""
            if not isinstance(url, str):
                raise URLError("data error: proxy support for data protocol currently not "
                               "implemented")
            try:
                media, body = url.split(",", 1)
            except ValueError:
                raise OSError("data error", "bad data URL")
            if not media:
                media = "text/plain;charset=US-ASCII"
            cut = media.rfind(";")
            encoding = ""
            if cut >= 0 and "=" not in media[cut:]:
                media, encoding = media[:cut], media[cut + 1:]
            if encoding == "base64":
                body = base64.decodebytes(body.encode("ascii")).decode("latin-1")
            else:
                body = unquote(body)
            stamp = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time()))
            text = "Date: %s\nContent-type: %s\nContent-Length: %d\n\n%s" % (
                stamp, media, len(body), body)
            return addinfourl(io.StringIO(text), email.message_from_string(text), url)

    class FancyURLopener(URLopener):
        """A URLopener that follows redirections, returns error responses instead of
        raising, and can retry with basic authentication (prompt_user_passwd())."""

        def __init__(self, *args, **kwargs):
            URLopener.__init__(self, *args, **kwargs)
            self.auth_cache = {}
            self.tries = 0
            self.maxtries = 10

        def http_error_default(self, url, fp, errcode, errmsg, headers):
            """Return the error response as a file-like object with its code."""
            return addinfourl(fp, headers, "http:" + url, errcode)

        def http_error_302(self, url, fp, errcode, errmsg, headers, data=None):
            """Follow the redirection, at most maxtries times in a row."""
            self.tries += 1
            try:
                if self.maxtries and self.tries >= self.maxtries:
                    give_up = getattr(self, "http_error_500", self.http_error_default)
                    return give_up(url, fp, 500, "Internal Server Error: Redirect Recursion",
                                   headers)
                return self.redirect_internal(url, fp, errcode, errmsg, headers, data)
            finally:
                self.tries = 0

        def redirect_internal(self, url, fp, errcode, errmsg, headers, data):
            if "location" in headers:
                target = headers["location"]
            elif "uri" in headers:
                target = headers["uri"]
            else:
                return None
            fp.close()
            target = parse.urljoin(self.type + ":" + url, target)
            if parse.urlparse(target).scheme not in ("http", "https", "ftp", ""):
                raise HTTPError(target, errcode, errmsg + " Redirection to url '%s' is not "
                                "allowed." % target, headers, fp)
            return self.open(target)

        def http_error_301(self, url, fp, errcode, errmsg, headers, data=None):
            return self.http_error_302(url, fp, errcode, errmsg, headers, data)

        def http_error_303(self, url, fp, errcode, errmsg, headers, data=None):
            return self.http_error_302(url, fp, errcode, errmsg, headers, data)

        def http_error_307(self, url, fp, errcode, errmsg, headers, data=None):
            """Follow the redirection of a GET; a POST gets the error response."""
            if data is None:
                return self.http_error_302(url, fp, errcode, errmsg, headers, data)
            return self.http_error_default(url, fp, errcode, errmsg, headers)

        def http_error_308(self, url, fp, errcode, errmsg, headers, data=None):
            return self.http_error_307(url, fp, errcode, errmsg, headers, data)

        def _basic_challenge(self, url, fp, errcode, errmsg, headers, field, retry):
            if field not in headers:
                URLopener.http_error_default(self, url, fp, errcode, errmsg, headers)
            found = challenge.match(headers[field])
            if not found or found.group(1).lower() != "basic" or not retry:
                URLopener.http_error_default(self, url, fp, errcode, errmsg, headers)
            return found.group(2)

        def http_error_401(self, url, fp, errcode, errmsg, headers, data=None, retry=False):
            """With retry, ask for a user name and password and open the URL again with
            them; otherwise (and for other schemes than Basic) raise HTTPError."""
            realm = self._basic_challenge(url, fp, errcode, errmsg, headers,
                                          "www-authenticate", retry)
            again = getattr(self, "retry_" + self.type + "_basic_auth")
            return again(url, realm) if data is None else again(url, realm, data)

        def http_error_407(self, url, fp, errcode, errmsg, headers, data=None, retry=False):
            """Like http_error_401(), for the proxy's authentication."""
            realm = self._basic_challenge(url, fp, errcode, errmsg, headers,
                                          "proxy-authenticate", retry)
            again = getattr(self, "retry_proxy_" + self.type + "_basic_auth")
            return again(url, realm) if data is None else again(url, realm, data)

        def _retry_proxy(self, scheme, url, realm, data):
            host, selector = split_host(url)
            target = scheme + "://" + host + selector
            _kind, rest = split_type(self.proxies[scheme])
            proxy_host, proxy_selector = split_host(rest)
            cut = proxy_host.find("@") + 1
            proxy_host = proxy_host[cut:]
            user, passwd = self.get_user_passwd(proxy_host, realm, cut)
            if not (user or passwd):
                return None
            self.proxies[scheme] = "%s://%s:%s@%s%s" % (
                scheme, quote(user, safe=""), quote(passwd, safe=""), proxy_host,
                proxy_selector)
            return self.open(target) if data is None else self.open(target, data)

        def retry_proxy_http_basic_auth(self, url, realm, data=None):
            return self._retry_proxy("http", url, realm, data)

        def retry_proxy_https_basic_auth(self, url, realm, data=None):
            return self._retry_proxy("https", url, realm, data)

        def _retry(self, scheme, url, realm, data):
            host, selector = split_host(url)
            cut = host.find("@") + 1
            host = host[cut:]
            user, passwd = self.get_user_passwd(host, realm, cut)
            if not (user or passwd):
                return None
            target = "%s://%s:%s@%s%s" % (scheme, quote(user, safe=""), quote(passwd, safe=""),
                                          host, selector)
            return self.open(target) if data is None else self.open(target, data)

        def retry_http_basic_auth(self, url, realm, data=None):
            return self._retry("http", url, realm, data)

        def retry_https_basic_auth(self, url, realm, data=None):
            return self._retry("https", url, realm, data)

        def get_user_passwd(self, host, realm, clear_cache=0):
            """(user, password) for realm at host: from auth_cache, else (and after
            clearing the cached entry when clear_cache) from prompt_user_passwd()."""
            key = realm + "@" + host.lower()
            if key in self.auth_cache:
                if not clear_cache:
                    return self.auth_cache[key]
                del self.auth_cache[key]
            user, passwd = self.prompt_user_passwd(host, realm)
            if user or passwd:
                self.auth_cache[key] = (user, passwd)
            return user, passwd

        def prompt_user_passwd(self, host, realm):
            """Ask on the terminal; override to get credentials another way."""
            import getpass
            try:
                user = input("Enter username for %s at %s: " % (realm, host))
                passwd = getpass.getpass("Enter password for %s in %s at %s: "
                                         % (user, realm, host))
            except KeyboardInterrupt:
                print()
                return None, None
            return user, passwd

    def http_client():
        import http.client
        return http.client

    for klass in (URLopener, FancyURLopener):
        klass.__module__ = request.__name__
        klass.__qualname__ = klass.__name__
    classes = {"URLopener": URLopener, "FancyURLopener": FancyURLopener}
    made[id(request)] = (request, classes)
    return classes


_FTP_CACHE = {}
_MAX_FTP_CACHE = 10


@shim("urllib-request-urlopener", target="urllib.request", removed_in="3.14",
      replacement="urlopen(), build_opener() or urlretrieve()", kind="class")
def _urlopener(request, ctx):
    from _compat_engine import export
    for name in _URLOPENER_NAMES:
        if ctx.alias(request, name, (lambda name=name: _urlopener_classes(request, ctx)[name]),
                     what="urllib.request.%s" % name, cache=True):
            export(request, name, after="urlcleanup" if name == "URLopener" else "URLopener")
    ctx.alias(request, "ftpcache", lambda: _FTP_CACHE, what="urllib.request.ftpcache", cache=True)
    ctx.alias(request, "MAXFTPCACHE", lambda: _MAX_FTP_CACHE,
              what="urllib.request.MAXFTPCACHE", cache=True)


@_urlopener.hide
def _hide_urlopener(request):
    from _compat_engine import unexport
    for name in _URLOPENER_NAMES + ("ftpcache", "MAXFTPCACHE"):
        request.__dict__.pop(name, None)
        unexport(request, name)
