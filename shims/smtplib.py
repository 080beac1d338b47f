"""Shims for the keyfile= and certfile= parameters of the TLS mail and FTP clients (removed in
3.12): ftplib.FTP_TLS, imaplib.IMAP4_SSL, poplib.POP3_SSL, smtplib.SMTP_SSL and
smtplib.SMTP.starttls(), with the positional order of their 3.8 signatures.

Security: the client certificate is loaded into a *verifying* context
(ssl.create_default_context(): the server's certificate and host name are checked), the
replacement the documentation gives for these parameters.  3.8 built an unverified context for
them instead; that is not restored: a server whose certificate does not verify is refused
with ssl.SSLCertVerificationError where 3.8 connected.  Without
keyfile/certfile nothing changes: the runtime's own default context is used.

One declaration for the four modules (one catalog row); the apply function dispatches on the
module it is given.
"""
from _compat_engine import shim


def _client_context(keyfile, certfile):
    """A verifying context holding the client certificate chain."""
    import ssl
    if keyfile and not certfile:
        raise ValueError("certfile must be specified")
    context = ssl.create_default_context()
    if certfile:
        context.load_cert_chain(certfile, keyfile)
    return context


def _legacy_context(ctx, what, keyfile, certfile, context, context_name="context"):
    """3.8's checks and warning; the context to use (None: the runtime's default)."""
    if context is not None and keyfile is not None:
        raise ValueError("%s and keyfile arguments are mutually exclusive" % context_name)
    if context is not None and certfile is not None:
        raise ValueError("%s and certfile arguments are mutually exclusive" % context_name)
    if keyfile or certfile:
        ctx.warn("%s(keyfile=, certfile=)" % what, stacklevel=2)
        return _client_context(keyfile, certfile)
    return context


def _install(ctx, owner, name, function):
    original = owner.__dict__[name]
    function.__name__ = name
    function.__qualname__ = "%s.%s" % (owner.__name__, name)
    function.__module__ = owner.__module__
    function.__doc__ = getattr(original, "__doc__", None)
    function._pythonc_original = original
    setattr(owner, name, function)

    def undo():
        if owner.__dict__.get(name) is function:
            setattr(owner, name, original)
    ctx._undo_steps.append(undo)
    return original


def _keep(obj, keyfile, certfile):
    obj.keyfile = keyfile
    obj.certfile = certfile


@shim("tls-keyfile-certfile-mail-ftp", target=("ftplib", "imaplib", "poplib", "smtplib"),
      removed_in="3.12",
      replacement="context=ssl.create_default_context() with context.load_cert_chain(certfile, "
                  "keyfile)", kind="parameter")
def _tls_keyfile_certfile(module, ctx):
    import socket
    default_timeout = socket._GLOBAL_DEFAULT_TIMEOUT
    name = module.__name__

    if name == "ftplib" and hasattr(module, "FTP_TLS"):
        FTP_TLS = module.FTP_TLS
        if "keyfile" in _parameters(FTP_TLS.__init__):
            return

        def __init__(self, host="", user="", passwd="", acct="", keyfile=None, certfile=None,
                     context=None, timeout=default_timeout, source_address=None, **kwargs):
            context = _legacy_context(ctx, "FTP_TLS", keyfile, certfile, context)
            original(self, host, user, passwd, acct, context=context, timeout=timeout,
                     source_address=source_address, **kwargs)
            _keep(self, keyfile, certfile)
        original = _install(ctx, FTP_TLS, "__init__", __init__)

    elif name == "imaplib" and hasattr(module, "IMAP4_SSL"):
        IMAP4_SSL = module.IMAP4_SSL
        if "keyfile" in _parameters(IMAP4_SSL.__init__):
            return
        port_default = getattr(module, "IMAP4_SSL_PORT", 993)

        def __init__(self, host="", port=port_default, keyfile=None, certfile=None,
                     ssl_context=None, timeout=None):
            ssl_context = _legacy_context(ctx, "IMAP4_SSL", keyfile, certfile, ssl_context,
                                          "ssl_context")
            # Set before connecting, as 3.8 had them during open().
            _keep(self, keyfile, certfile)
            extra = {} if timeout is None else {"timeout": timeout}    # (3.9+ have it)
            original(self, host, port, ssl_context=ssl_context, **extra)
            _keep(self, keyfile, certfile)
        original = _install(ctx, IMAP4_SSL, "__init__", __init__)

    elif name == "poplib" and hasattr(module, "POP3_SSL"):
        POP3_SSL = module.POP3_SSL
        if "keyfile" in _parameters(POP3_SSL.__init__):
            return
        port_default = getattr(module, "POP3_SSL_PORT", 995)

        def __init__(self, host, port=port_default, keyfile=None, certfile=None,
                     timeout=default_timeout, context=None):
            context = _legacy_context(ctx, "POP3_SSL", keyfile, certfile, context)
            _keep(self, keyfile, certfile)
            original(self, host, port, timeout=timeout, context=context)
            _keep(self, keyfile, certfile)
        original = _install(ctx, POP3_SSL, "__init__", __init__)

    elif name == "smtplib":
        SMTP_SSL = getattr(module, "SMTP_SSL", None)
        if SMTP_SSL is not None and "keyfile" not in _parameters(SMTP_SSL.__init__):
            def __init__(self, host="", port=0, local_hostname=None, keyfile=None,
                         certfile=None, timeout=default_timeout, source_address=None,
                         context=None):
                context = _legacy_context(ctx, "SMTP_SSL", keyfile, certfile, context)
                _keep(self, keyfile, certfile)
                original_init(self, host, port, local_hostname, timeout=timeout,
                              source_address=source_address, context=context)
                _keep(self, keyfile, certfile)
            original_init = _install(ctx, SMTP_SSL, "__init__", __init__)

        SMTP = module.SMTP
        if "keyfile" not in _parameters(SMTP.starttls):
            def starttls(self, keyfile=None, certfile=None, context=None):
                # (3.8 made these checks after the STARTTLS exchange; here they come first,
                # so that a bad certificate file is reported before the command is sent.)
                context = _legacy_context(ctx, "SMTP.starttls", keyfile, certfile, context)
                return original_starttls(self, context=context)
            original_starttls = _install(ctx, SMTP, "starttls", starttls)


def _parameters(function):
    code = getattr(function, "__code__", None)
    if code is None:
        return ()
    return code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]


@_tls_keyfile_certfile.hide
def _hide_tls_keyfile_certfile(module):
    # Simulated removal (on 3.11): the 3.12 signatures, without keyfile and certfile.
    import socket
    default_timeout = socket._GLOBAL_DEFAULT_TIMEOUT
    name = module.__name__
    if name == "ftplib" and hasattr(module, "FTP_TLS"):
        original_ftp = module.FTP_TLS.__init__

        def ftp_init(self, host="", user="", passwd="", acct="", *, context=None,
                     timeout=default_timeout, source_address=None, **kwargs):
            original_ftp(self, host, user, passwd, acct, context=context, timeout=timeout,
                         source_address=source_address, **kwargs)
            self.__dict__.pop("keyfile", None)
            self.__dict__.pop("certfile", None)
        module.FTP_TLS.__init__ = ftp_init
    elif name == "imaplib" and hasattr(module, "IMAP4_SSL"):
        original_imap = module.IMAP4_SSL.__init__

        def imap_init(self, host="", port=993, *, ssl_context=None, timeout=None):
            extra = {} if timeout is None else {"timeout": timeout}
            original_imap(self, host, port, ssl_context=ssl_context, **extra)
        module.IMAP4_SSL.__init__ = imap_init
    elif name == "poplib" and hasattr(module, "POP3_SSL"):
        original_pop = module.POP3_SSL.__init__

        def pop_init(self, host, port=995, *, timeout=default_timeout, context=None):
            original_pop(self, host, port, timeout=timeout, context=context)
        module.POP3_SSL.__init__ = pop_init
    elif name == "smtplib":
        if hasattr(module, "SMTP_SSL"):
            original_smtp = module.SMTP_SSL.__init__

            def smtp_init(self, host="", port=0, local_hostname=None, *,
                          timeout=default_timeout, source_address=None, context=None):
                original_smtp(self, host, port, local_hostname, timeout=timeout,
                              source_address=source_address, context=context)
            module.SMTP_SSL.__init__ = smtp_init
        original_starttls = module.SMTP.starttls

        def starttls(self, *, context=None):
            return original_starttls(self, context=context)
        module.SMTP.starttls = starttls
