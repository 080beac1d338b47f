"""Shim case urlopen-cafile-capath: urllib.request.urlopen(cafile=, capath=, cadefault=)
(removed in 3.13).

On 3.8 passing any of them warned (DeprecationWarning, attributed to the caller), refused a
context= as well (ValueError), and built a verifying context from the given authorities at
once (a bad CA file fails before any request).  Nothing goes to the network: file: and data:
URLs go through the same opener.  The test certificate below is a throw-away, self-signed one.
"""
import os
import ssl
import sys
import tempfile
import urllib.request
import warnings
from urllib.request import urlopen

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

TMP = tempfile.mkdtemp()
CA = os.path.join(TMP, "ca.pem")
with open(CA, "w") as fh:
    fh.write(CERTA)
NOT_CA = os.path.join(TMP, "empty.pem")
with open(NOT_CA, "w") as fh:
    fh.write("nothing here\n")
DATA = os.path.join(TMP, "data.txt")
with open(DATA, "w") as fh:
    fh.write("payload\n")
FILE_URL = "file://" + urllib.request.pathname2url(DATA)


def here():
    """The caller's current line: the marker warning line numbers are measured against."""
    return sys._getframe(1).f_lineno


def where(caught, base):
    return [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
            for w in caught if issubclass(w.category, DeprecationWarning)]


CALLS = [
    ("cafile", lambda: urllib.request.urlopen(FILE_URL, cafile=CA)),
    ("capath", lambda: urllib.request.urlopen(FILE_URL, capath=TMP)),
    ("cadefault", lambda: urllib.request.urlopen(FILE_URL, cadefault=True)),
    ("cafile and capath", lambda: urllib.request.urlopen("data:,hello%20there", None, 10, cafile=CA, capath=TMP)),
    ("cafile and context", lambda: urllib.request.urlopen(FILE_URL, cafile=CA, context=ssl.create_default_context())),
    ("missing cafile", lambda: urllib.request.urlopen(FILE_URL, cafile=os.path.join(TMP, "missing.pem"))),
    ("cafile without a certificate", lambda: urllib.request.urlopen(FILE_URL, cafile=NOT_CA)),
    ("cadefault=False", lambda: urllib.request.urlopen(FILE_URL, cadefault=False)),
    ("cafile=None", lambda: urllib.request.urlopen(FILE_URL, cafile=None, capath=None)),
    ("imported name", lambda: urlopen(FILE_URL, cafile=CA)),
]
for label, call in CALLS:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here() + 2
        try:
            with call() as response:
                result = response.read()
        except (ValueError, OSError) as exc:
            result = "SSLError" if isinstance(exc, ssl.SSLError) else "%s: %s" % (type(exc).__name__, exc)
    print(label, "->", result, where(caught, base))
