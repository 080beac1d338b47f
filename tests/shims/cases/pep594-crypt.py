"""Shim case pep594-crypt: the `crypt` module (removed in 3.13), used as old system tools did
to hash and check Unix passwords (shadow-style "$6$salt$hash" strings).

Hashes with fixed salts are printed whole; fresh random salts only by their shape.  Python
3.8 did not warn at `import crypt`, so no warning is printed for it.
"""
import hmac
import re
import string

import crypt


def shape(text):
    return re.sub(r"[./0-9A-Za-z]{2,}", lambda m: "<%d>" % len(m.group()), text)


print("== methods")
print(crypt.methods)
print([tuple(method) for method in crypt.methods])
print(crypt.METHOD_SHA512, crypt.METHOD_SHA256, crypt.METHOD_BLOWFISH, crypt.METHOD_MD5,
      crypt.METHOD_CRYPT)
print(crypt.METHOD_SHA512.name, crypt.METHOD_SHA512.ident, crypt.METHOD_SHA512.salt_chars,
      crypt.METHOD_SHA512.total_size, isinstance(crypt.METHOD_MD5, tuple))
print(crypt._saltchars == string.ascii_letters + string.digits + "./")

print("== fixed salts")
for salt in ("ab", "$1$saltsalt$", "$1$", "$5$rounds=1000$saltsalt$", "$5$saltstring",
             "$6$saltsalt", "$6$rounds=5000$usesomesillystri$", "$2b$04$" + "a" * 22,
             "$2y$04$abcdefghijklmnopqrstuu", "$2a$05$" + "Z" * 22):
    print(repr(salt), crypt.crypt("secret", salt))
for word in ("", "caf\u00e9", "a" * 100, "Hello world!"):
    print(repr(word[:12]), crypt.crypt(word, "$6$rounds=1000$fixedsalt$"), crypt.crypt(word, "xy"))

print("== salts the library refuses")
for salt in ("", "a", "$9$x", "$", "*", "a$", "$6$rounds=10$x$", "\u00e9x", "$2b$03$" + "a" * 22):
    print(repr(salt), repr(crypt.crypt("secret", salt)))

print("== new hashes, and checking a password against one")
for method in crypt.methods + [None]:
    hashed = crypt.crypt("correct horse", method)
    print(method, shape(hashed), len(hashed),
          hmac.compare_digest(crypt.crypt("correct horse", hashed), hashed),
          crypt.crypt("wrong horse", hashed) == hashed)
hashed = crypt.crypt("pw")
print(shape(hashed), hashed.startswith("$6$"))
hashed = crypt.crypt("pw", crypt.mksalt(crypt.METHOD_SHA256, rounds=2000))
print(shape(hashed), crypt.crypt("pw", hashed) == hashed)
hashed = crypt.crypt("pw", crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=32))
print(shape(hashed), crypt.crypt("pw", hashed) == hashed)

print("== mksalt")
for method in crypt.methods + [None]:
    for rounds in (None, 16, 1024, 5000, 3, 1 << 31, 1 << 32, "12", 2.0, 0):
        try:
            print(method, rounds, shape(crypt.mksalt(method, rounds=rounds)))
        except (TypeError, ValueError) as exc:
            print(method, rounds, type(exc).__name__, exc)
salts = {crypt.mksalt(crypt.METHOD_MD5) for _ in range(20)}
print(len(salts) > 15, all(len(s) == 11 for s in salts))

print("== errors")
for word, salt in (("x\x00y", "ab"), (b"x", "ab"), ("\udc80", "ab"), (None, "ab"), ("x", b"ab"),
                   ("x", "a\x00b"), (3, "ab")):
    try:
        crypt.crypt(word, salt)
    except (TypeError, ValueError) as exc:
        print(repr(word), repr(salt), type(exc).__name__, exc)
