"""Shims for http.client: the key_file, cert_file and check_hostname parameters of
HTTPSConnection (removed in 3.12), and the positional parameters of 3.8's signature.

Security: nothing here makes certificate checking weaker than the context the connection
would use anyway.  key_file/cert_file load a client certificate into that context (the
default verifying one when none is given); check_hostname=True turns hostname checking on;
check_hostname=False is honoured only when the context already does not check host names
(it is refused with TypeError where it would switch checking off, as the removed parameter
would have).
"""
from _compat_engine import shim


@shim("http-client-key-file-check-hostname", target="http.client", removed_in="3.12",
      replacement="context= (ssl.create_default_context() with load_cert_chain(); "
                  "context.check_hostname)", kind="parameter")
def _https_parameters(client, ctx):
    import socket

    HTTPSConnection = getattr(client, "HTTPSConnection", None)
    if HTTPSConnection is None:         # built without ssl
        return
    original_init = HTTPSConnection.__init__
    default_timeout = socket._GLOBAL_DEFAULT_TIMEOUT

    def __init__(self, host, port=None, key_file=None, cert_file=None,
                 timeout=default_timeout, source_address=None, *, context=None,
                 check_hostname=None, blocksize=8192):
        # The runtime builds its default context (a verifying one) when none is given.
        original_init(self, host, port, timeout=timeout, source_address=source_address,
                      context=context, blocksize=blocksize)
        if key_file is not None or cert_file is not None or check_hostname is not None:
            ctx.warn("HTTPSConnection(key_file=, cert_file=, check_hostname=)", stacklevel=1)
            import ssl
            context = self._context
            will_verify = context.verify_mode != ssl.CERT_NONE
            if check_hostname is None:
                check_hostname = context.check_hostname
            if check_hostname and not will_verify:
                raise ValueError("check_hostname needs a SSL context with "
                                 "either CERT_OPTIONAL or CERT_REQUIRED")
            if not check_hostname and context.check_hostname:
                raise TypeError(
                    "HTTPSConnection(check_hostname=False) is not restored by pythonc: it "
                    "would turn off the certificate host name check of this context. Pass "
                    "a context= whose check_hostname is False if that is really wanted.")
            if key_file or cert_file:
                context.load_cert_chain(cert_file, key_file)
                if getattr(context, "post_handshake_auth", None) is not None:
                    context.post_handshake_auth = True
            context.check_hostname = check_hostname
        self.key_file = key_file
        self.cert_file = cert_file

    __init__.__qualname__ = "HTTPSConnection.__init__"
    __init__.__module__ = client.__name__
    __init__._pythonc_original = original_init
    HTTPSConnection.__init__ = __init__

    def undo():
        if HTTPSConnection.__dict__.get("__init__") is __init__:
            HTTPSConnection.__init__ = original_init
    ctx._undo_steps.append(undo)


@_https_parameters.hide
def _hide_https_parameters(client):
    HTTPSConnection = getattr(client, "HTTPSConnection", None)
    if HTTPSConnection is None:
        return
    original_init = HTTPSConnection.__init__
    import socket
    default_timeout = socket._GLOBAL_DEFAULT_TIMEOUT

    def __init__(self, host, port=None, *, timeout=default_timeout, source_address=None,
                 context=None, blocksize=8192):
        # The 3.12 signature.
        original_init(self, host, port, timeout=timeout, source_address=source_address,
                      context=context, blocksize=blocksize)

    HTTPSConnection.__init__ = __init__
