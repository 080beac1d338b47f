"""Shim case tls-keyfile-certfile-mail-ftp: the keyfile= and certfile= parameters of
ftplib.FTP_TLS, imaplib.IMAP4_SSL, poplib.POP3_SSL, smtplib.SMTP_SSL and SMTP.starttls()
(removed in 3.12).

On 3.8 passing either warned (DeprecationWarning, attributed to the caller); passing one
together with a context raised ValueError (without warning); a key file without a certificate
file raised ValueError; the files were loaded at once with load_cert_chain() (errors before any
connection).  Nothing connects to a network here: the clients are built without a host, or
with their connection methods replaced.  Which server checks the context makes is not
printed (pythonc deliberately verifies the server where 3.8 did not).  The test certificate
and keys below are throw-away, self-signed, made for this test.
"""
import ftplib
import imaplib
import os
import poplib
import smtplib
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
BOTH = pem("both.pem", CERTA + KEYA)
MISSING = os.path.join(TMP, "missing.pem")


def here():
    """The caller's current line: the marker warning line numbers are measured against."""
    return sys._getframe(1).f_lineno


def where(caught, base):
    return [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
            for w in caught if issubclass(w.category, DeprecationWarning)]


def name(path):
    return None if path is None else os.path.basename(path)


def outcome(make):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here() + 2
        try:
            obj = make()
        except (ValueError, OSError) as exc:
            kind = "SSLError" if isinstance(exc, ssl.SSLError) else type(exc).__name__
            message = "" if isinstance(exc, ssl.SSLError) else str(exc)
            return "%s %s" % (kind, message), where(caught, base)
    return obj, where(caught, base)


class QuietIMAP(imaplib.IMAP4_SSL):
    """IMAP4_SSL without the connection."""

    def open(self, *args, **kwargs):
        self.opened = True

    def _connect(self):
        pass


class QuietPOP(poplib.POP3_SSL):
    """POP3_SSL reading its greeting from a socket pair instead of a server."""

    def _create_socket(self, timeout):
        ours, theirs = socket.socketpair()
        theirs.sendall(b"+OK hello\r\n")
        theirs.close()
        return ours


CTX = ssl.create_default_context()
MAKERS = [
    ("FTP_TLS keyfile+context", lambda: ftplib.FTP_TLS(keyfile=KEY, context=CTX)),
    ("FTP_TLS certfile+context", lambda: ftplib.FTP_TLS(certfile=CERT, context=CTX)),
    ("FTP_TLS missing certfile", lambda: ftplib.FTP_TLS(certfile=MISSING)),
    ("FTP_TLS keyfile only", lambda: ftplib.FTP_TLS(keyfile=KEY)),
    ("FTP_TLS wrong key", lambda: ftplib.FTP_TLS(certfile=CERT, keyfile=OTHER_KEY)),
    ("FTP_TLS not a certificate", lambda: ftplib.FTP_TLS(certfile=KEY)),
    ("FTP_TLS cert+key", lambda: ftplib.FTP_TLS(certfile=CERT, keyfile=KEY)),
    ("FTP_TLS combined file", lambda: ftplib.FTP_TLS(certfile=BOTH)),
    ("FTP_TLS positional", lambda: ftplib.FTP_TLS("", "", "", "", KEY, CERT, None, 7)),
    ("FTP_TLS plain", lambda: ftplib.FTP_TLS()),
    ("SMTP_SSL keyfile+context", lambda: smtplib.SMTP_SSL(keyfile=KEY, context=CTX)),
    ("SMTP_SSL certfile+context", lambda: smtplib.SMTP_SSL(certfile=CERT, context=CTX)),
    ("SMTP_SSL missing certfile", lambda: smtplib.SMTP_SSL(certfile=MISSING)),
    ("SMTP_SSL keyfile only", lambda: smtplib.SMTP_SSL(keyfile=KEY)),
    ("SMTP_SSL wrong key", lambda: smtplib.SMTP_SSL(certfile=CERT, keyfile=OTHER_KEY)),
    ("SMTP_SSL cert+key", lambda: smtplib.SMTP_SSL(certfile=CERT, keyfile=KEY)),
    ("SMTP_SSL positional", lambda: smtplib.SMTP_SSL("", 0, "me.example", KEY, CERT, 9)),
    ("SMTP_SSL plain", lambda: smtplib.SMTP_SSL()),
    ("IMAP4_SSL keyfile+context", lambda: QuietIMAP("h", 1, keyfile=KEY, ssl_context=CTX)),
    ("IMAP4_SSL certfile+context", lambda: QuietIMAP("h", 1, certfile=CERT, ssl_context=CTX)),
    ("IMAP4_SSL missing certfile", lambda: QuietIMAP("h", 1, certfile=MISSING)),
    ("IMAP4_SSL keyfile only", lambda: QuietIMAP("h", 1, keyfile=KEY)),
    ("IMAP4_SSL cert+key", lambda: QuietIMAP("h", 1, certfile=CERT, keyfile=KEY)),
    ("IMAP4_SSL positional", lambda: QuietIMAP("h", 1, KEY, CERT)),
    ("IMAP4_SSL plain", lambda: QuietIMAP("h", 1)),
    ("POP3_SSL keyfile+context", lambda: QuietPOP("h", 1, keyfile=KEY, context=CTX)),
    ("POP3_SSL certfile+context", lambda: QuietPOP("h", 1, certfile=CERT, context=CTX)),
    ("POP3_SSL missing certfile", lambda: QuietPOP("h", 1, certfile=MISSING)),
    ("POP3_SSL keyfile only", lambda: QuietPOP("h", 1, keyfile=KEY)),
    ("POP3_SSL cert+key", lambda: QuietPOP("h", 1, certfile=CERT, keyfile=KEY)),
    ("POP3_SSL positional", lambda: QuietPOP("h", 1, KEY, CERT)),
    ("POP3_SSL plain", lambda: QuietPOP("h", 1)),
]
for label, make in MAKERS:
    obj, warned = outcome(make)
    if isinstance(obj, str):
        print(label, "->", obj, warned)
        continue
    context = getattr(obj, "ssl_context", None) or obj.context
    details = [type(obj).__name__, name(obj.keyfile), name(obj.certfile),
               isinstance(context, ssl.SSLContext), context is CTX]
    for attribute in ("timeout", "local_hostname", "host", "port", "welcome", "opened"):
        if attribute in vars(obj):
            value = getattr(obj, attribute)
            if value is socket._GLOBAL_DEFAULT_TIMEOUT:
                value = "default"
            elif attribute == "local_hostname" and value != "me.example":
                value = "this machine"
            details.append((attribute, value))
    print(label, "->", details, warned)
    if isinstance(obj, poplib.POP3):
        obj.sock.close()
        obj.file.close()

print("== SMTP.starttls")


class ScriptedSMTP(smtplib.SMTP):
    """An SMTP client whose server always agrees to STARTTLS (without a connection)."""

    def ehlo_or_helo_if_needed(self):
        pass

    def has_extn(self, name):
        return True

    def docmd(self, cmd, args=""):
        return 220, b"go ahead"


for label, kwargs in [("keyfile+context", {"keyfile": KEY, "context": CTX}),
                      ("certfile+context", {"certfile": CERT, "context": CTX}),
                      ("missing certfile", {"certfile": MISSING}),
                      ("keyfile only", {"keyfile": KEY}),
                      ("wrong key", {"certfile": CERT, "keyfile": OTHER_KEY})]:
    client = ScriptedSMTP()
    print(label, "->", outcome(lambda: client.starttls(**kwargs)))
client = ScriptedSMTP()
client._host = "mail.example"
client.sock = None
try:
    client.starttls(KEY, CERT)
except (AttributeError, TypeError, ValueError) as exc:
    print("positional keyfile, certfile: reached the wrapping of the socket:", type(exc).__name__)
