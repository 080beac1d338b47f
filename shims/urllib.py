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
