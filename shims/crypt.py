"""The `crypt` module, restored by pythonc for code written for Python 3.12 and older.

`crypt` was deprecated in 3.11 and removed in 3.13 (PEP 594), with its C half `_crypt`.  This
file is a fresh implementation of its documented interface (crypt, mksalt, methods and the
METHOD_* constants), written from the library reference and from the observed behaviour of
Python 3.8.  Hashing is done by the system's libcrypt, called through ctypes (crypt_r, as
3.8's _crypt did), so the hashes are those the old module computed on the same system.  Where
there is no libcrypt the import fails, as it did without _crypt.  pythonc serves it only where
the running Python has no `crypt` of its own; importing it emits one
`_compat.CompatDeprecationWarning` attributed to the importing line.
"""

__shim__ = {"id": "pep594-crypt", "removed_in": "3.13",
            "replacement": "hashlib, or the bcrypt, passlib or argon2-cffi packages"}

import sys as _sys

import errno as _errno
import os as _os
import string as _string
from collections import namedtuple as _namedtuple
from random import SystemRandom as _SystemRandom


def _load_libcrypt():
    import ctypes
    import ctypes.util
    names = ["libcrypt.so.1", "libcrypt.so.2", "libcrypt.so"]
    found = None
    for name in names:
        try:
            found = ctypes.CDLL(name, use_errno=True)
            break
        except OSError:
            continue
    if found is None:
        located = ctypes.util.find_library("crypt")
        if located:
            try:
                found = ctypes.CDLL(located, use_errno=True)
            except OSError:
                found = None
    if found is None or not hasattr(found, "crypt_r"):
        raise ImportError("No module named '_crypt'", name="_crypt")
    function = found.crypt_r
    function.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p]
    function.restype = ctypes.c_char_p
    return ctypes, function


_ctypes, _crypt_r = _load_libcrypt()
# Larger than struct crypt_data of both glibc (about 128 KiB) and libxcrypt (32 KiB).
_CRYPT_DATA_SIZE = 1 << 18


def _argument(value, position):
    if not isinstance(value, str):
        raise TypeError("crypt() argument %d must be str, not %s"
                        % (position, "None" if value is None else type(value).__name__))
    data = value.encode("utf-8")
    if b"\0" in data:
        raise ValueError("embedded null character")
    return data


def _crypt(word, salt):
    """One call of the C library's crypt_r(word, salt)."""
    word_bytes = _argument(word, 1)
    salt_bytes = _argument(salt, 2)
    work = _ctypes.create_string_buffer(_CRYPT_DATA_SIZE)
    result = _crypt_r(word_bytes, salt_bytes, work)
    if result is None:
        code = _ctypes.get_errno()
        raise OSError(code, _os.strerror(code))
    return _os.fsdecode(result)


_saltchars = _string.ascii_letters + _string.digits + "./"
_sr = _SystemRandom()


class _Method(_namedtuple("_Method", "name ident salt_chars total_size")):
    def __repr__(self):
        return "<crypt.METHOD_{}>".format(self.name)


# Assigned, not written as a docstring: 3.13 would strip its indentation.
_Method.__doc__ = ("Class representing a salt method per the Modular Crypt Format or the\n"
                   "    legacy 2-character crypt method.")


def mksalt(method=None, *, rounds=None):
    """A random salt string for `method` (a METHOD_* value; default: methods[0], the
    strongest this system has), with the cost encoded for Blowfish and SHA-2 when `rounds`
    is given."""
    if method is None:
        method = methods[0]
    if rounds is not None and not isinstance(rounds, int):
        raise TypeError("%s object cannot be interpreted as an integer"
                        % type(rounds).__name__)
    salt = "$%s$" % method.ident if method.ident else ""
    if method.ident and method.ident[0] == "2":
        # Blowfish: the cost is the base-2 logarithm of the rounds.
        if rounds is None:
            cost = 12
        else:
            cost = (rounds - 1).bit_length()
            if rounds != 1 << cost:
                raise ValueError("rounds must be a power of 2")
            if not 4 <= cost <= 31:
                raise ValueError("rounds out of the range 2**4 to 2**31")
        salt += "%02d$" % cost
    elif method.ident in ("5", "6"):
        if rounds is not None:
            if not 1000 <= rounds <= 999999999:
                raise ValueError("rounds out of the range 1000 to 999_999_999")
            salt += "rounds=%d$" % rounds
    elif rounds is not None:
        raise ValueError("%s doesn't support the rounds argument" % (method,))
    return salt + "".join(_sr.choice(_saltchars) for _ in range(method.salt_chars))


def crypt(word, salt=None):
    """The one-way hash of the password `word` in Modular Crypt Format (the salt first).

    `salt` is a salt string (from mksalt(), or a stored hash to check a password against),
    a METHOD_* value to make a fresh salt for, or None for the strongest method."""
    if salt is None or isinstance(salt, _Method):
        salt = mksalt(salt)
    return _crypt(word, salt)


# The methods this system's libcrypt supports, strongest first: each is tried once.
methods = []


def _try_method(name, ident, salt_chars, total_size, rounds=None):
    method = _Method(name, ident, salt_chars, total_size)
    globals()["METHOD_" + name] = method
    try:
        result = crypt("", mksalt(method, rounds=rounds))
    except OSError as exc:
        if exc.errno == _errno.EINVAL:
            return False
        raise
    if result and len(result) == method.total_size:
        methods.append(method)
        return True
    return False


_try_method("SHA512", "6", 16, 106)
_try_method("SHA256", "5", 16, 63)
# The Blowfish prefix varies between libraries: the first one that works is kept.
for _variant in ("b", "y", "a", ""):
    if _try_method("BLOWFISH", "2" + _variant, 22, 59 + len(_variant), rounds=1 << 4):
        break
_try_method("MD5", "1", 8, 34)
_try_method("CRYPT", None, 2, 13)
del _variant, _try_method
