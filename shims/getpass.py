"""Shims for the getpass module, written from the documentation and from the observed
behaviour of 3.8 to 3.13.

- getpass-getuser-oserror (removed 3.13): when neither the environment (LOGNAME, USER,
  LNAME, USERNAME) nor the password database knows the user, getpass.getuser() lets the
  lookup's own exception out, as up to 3.12: the KeyError of pwd.getpwuid() for a uid
  without an entry (ImportError where there is no pwd module), instead of the OSError that
  3.13 raises from it. Each such failure warns.
"""
from _compat_engine import shim

_OLD = (KeyError, ImportError)


@shim("getpass-getuser-oserror", removed_in="3.13",
      replacement="catch OSError around getpass.getuser()", kind="behaviour-change")
def _old_exception(getpass, ctx):
    current = getpass.getuser
    if getattr(current, "_pythonc_old_exception", False):
        return

    def getuser():
        try:
            return current()
        except OSError as exc:
            old = exc.__cause__
            if not isinstance(old, _OLD):
                raise
        # Raised outside the handler, so that the lookup's error is not chained to the
        # OSError it replaces.
        ctx.warn("getpass.getuser() raising %s" % type(old).__name__, stacklevel=1)
        raise old

    for attribute in ("__doc__", "__module__", "__name__", "__qualname__"):
        setattr(getuser, attribute, getattr(current, attribute))
    getuser.__wrapped__ = current
    getuser._pythonc_old_exception = True
    getpass.getuser = getuser


@_old_exception.hide
def _hide_old_exception(getpass):
    current = getpass.getuser

    def getuser():
        try:
            return current()
        except _OLD as exc:
            raise OSError("No username set in the environment") from exc

    getuser.__name__ = current.__name__
    getpass.getuser = getuser
