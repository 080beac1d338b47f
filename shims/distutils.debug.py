"""distutils.debug (restored by pythonc, see shims/distutils.py): DEBUG is the value of the
DISTUTILS_DEBUG environment variable when distutils was first imported, or None; when set,
spawn() reports failed commands with their whole argument list."""

import os

DEBUG = os.environ.get("DISTUTILS_DEBUG")
