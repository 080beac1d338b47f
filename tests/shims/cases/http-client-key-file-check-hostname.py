"""Shim case http-client-key-file-check-hostname: the key_file, cert_file and check_hostname
parameters of http.client.HTTPSConnection, and its 3.8 positional order (removed in 3.12).

On 3.8 passing any of the three warned (DeprecationWarning, attributed to the caller);
key_file/cert_file were loaded into the connection's context with load_cert_chain() at once,
check_hostname=True needed a verifying context (ValueError otherwise) and was set on it.
Nothing connects.  check_hostname=False on a context that checks host names is not exercised:
pythonc refuses it (it would switch a certificate check off).  The test certificate and keys
below are throw-away, self-signed, made for this test.
"""
import http.client
import os
import socket
import ssl
import sys
import tempfile
import warnings

CERTA = """-----BEGIN CERTIFICATE-----
MIIBkjCCATmgAwIBAgIUSvorrx7OMcu1yvQqcEnDHn/SP1swCgYIKoZIzj0EAwIw
HjEcMBoGA1UEAwwTcHl0aG9uYy10ZXN0LWNsaWVudDAgFw0yNjEyMDIwNjA1NDBa
GA8yMTI2MTEwODA2MDU0MFowHjEcMBoGA1UEAwwTcHl0aG9uYy10ZXN0LWNsaWVu
dDBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABLlu11+yf1rv+lzAy6AVkEMnmkJW
WWRUcd6CiEhjb9WJl9P+NfUzoFyuatUCyvvYcFDIsEF8QXIUrgB216rwOo6jUzBR
MB0GA1UdDgQWBBTvPHGXllxSHXLniTJ23hCgoiYsqzAfBgNVHSMEGDAWgBTvPHGX
llxSHXLniTJ23hCgoiYsqzAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0cA
MEQCIDkQHYfi1b0ilaaYVTixfrg5Pn+CRe2/6kgJQDaNKrNJAiAeBs/Z0I36lZUU
Pw0nwHk2JsiC/ndggk8s0KO3QuEjtA==
-----END CERTIFICATE-----
"""
KEYA = """-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgyzXzLsuNiQMRoup7
v9hUWPcCJujjWhvujdG/SKGt0d2hRANCAAS5btdfsn9a7/pcwMugFZBDJ5pCVllk
VHHegohIY2/ViZfT/jX1M6BcrmrVAsr72HBQyLBBfEFyFK4Adteq8DqO
-----END PRIVATE KEY-----
"""
KEYB = """-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgclBnFE4xHKyhKsT8
xRv+5aUlzAycO4ZCh4kQ9f1i8JqhRANCAAR0FgdVpdJXWtGxTqBn6luKQTNb6LwF
HZnYWXp+5Y+AG7cT1VupmEWDOM0NPJvk4X2NDxwDDn95l5Mrn9PpMTM7
-----END PRIVATE KEY-----
"""

TMP = tempfile.mkdtemp()


def pem(name, text):
    path = os.path.join(TMP, name)
    with open(path, "w") as fh:
        fh.write(text)
    return path


CERT = pem("cert.pem", CERTA)
KEY = pem("key.pem", KEYA)
OTHER_KEY = pem("other-key.pem", KEYB)
MISSING = os.path.join(TMP, "missing.pem")


def here():
    """The caller's current line: the marker warning line numbers are measured against."""
    return sys._getframe(1).f_lineno


def where(caught, base):
    return [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
            for w in caught if issubclass(w.category, DeprecationWarning)]


def name(path):
    return None if path is None else os.path.basename(path)


def unverified():
    return ssl._create_unverified_context()


def no_hostname_check():
    context = ssl.create_default_context()
    context.check_hostname = False
    return context


class Legacy(http.client.HTTPSConnection):
    """A subclass of the time, passing everything on positionally."""

    def __init__(self, host, port=None, key_file=None, cert_file=None, timeout=30):
        http.client.HTTPSConnection.__init__(self, host, port, key_file, cert_file, timeout)


H = http.client.HTTPSConnection
CALLS = [
    ("key_file without cert_file", lambda: H("example.org", key_file=KEY)),
    ("missing cert_file", lambda: H("example.org", cert_file=MISSING)),
    ("mismatched key", lambda: H("example.org", cert_file=CERT, key_file=OTHER_KEY)),
    ("cert and key", lambda: H("example.org", cert_file=CERT, key_file=KEY)),
    ("cert and key with a context", lambda: H("example.org", 8443, KEY, CERT, context=no_hostname_check())),
    ("positional", lambda: H("example.org", 443, KEY, CERT, 5, ("", 0))),
    ("positional timeout only", lambda: H("example.org", 443, None, None, 5)),
    ("check_hostname=True", lambda: H("example.org", check_hostname=True)),
    ("check_hostname=True, unverified context", lambda: H("example.org", check_hostname=True, context=unverified())),
    ("check_hostname=False, unverified context", lambda: H("example.org", check_hostname=False, context=unverified())),
    ("check_hostname=True turns checking on", lambda: H("example.org", check_hostname=True, context=no_hostname_check())),
    ("check_hostname=False, context without it", lambda: H("example.org", check_hostname=False, context=no_hostname_check())),
    ("plain", lambda: H("example.org:8443")),
    ("legacy subclass", lambda: Legacy("example.org", None, KEY, CERT)),
    ("legacy subclass, no files", lambda: Legacy("example.org")),
]
for label, make in CALLS:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here() + 2
        try:
            conn = make()
        except (ValueError, TypeError, OSError) as exc:
            kind = "SSLError" if isinstance(exc, ssl.SSLError) else type(exc).__name__
            print(label, "->", kind, "" if isinstance(exc, ssl.SSLError) else exc, where(caught, base))
            continue
    context = conn._context
    timeout = "default" if conn.timeout is socket._GLOBAL_DEFAULT_TIMEOUT else conn.timeout
    print(label, "->", conn.host, conn.port, timeout, conn.source_address, name(conn.key_file),
          name(conn.cert_file), context.verify_mode == ssl.CERT_REQUIRED, context.check_hostname,
          where(caught, base))
