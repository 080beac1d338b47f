"""Shim case gettext-codeset-param: the codeset= parameter of gettext.translation() and
gettext.install() (removed in 3.11).

3.8: passing codeset (even None) warns ("parameter codeset is deprecated", attributed to the
caller of translation(); install() passes it on, so its warning comes from inside gettext and
only the count is printed); a true codeset becomes the output charset of every translation
read from a file (visible through lgettext()/output_charset()), not of the NullTranslations
returned as fallback. install() took codeset as its third positional argument.
"""
import builtins
import gettext
import os
import shutil
import struct
import sys
import tempfile
import warnings


def make_mo(path, entries):
    keys = sorted(entries, key=lambda k: k.encode("utf-8"))
    ids = [k.encode("utf-8") for k in keys]
    strs = [entries[k].encode("utf-8") for k in keys]
    count = len(keys)
    start = 7 * 4 + count * 16
    table, data = [], b""
    for blob in ids + strs:
        table.append((len(blob), start + len(data)))
        data += blob + b"\0"
    header = struct.pack("<7I", 0x950412de, 0, count, 28, 28 + count * 8, 0, 0)
    with open(path, "wb") as f:
        f.write(header + b"".join(struct.pack("<2I", *entry) for entry in table) + data)


def here():
    return sys._getframe(1).f_lineno


def where(caught, base):
    return [(issubclass(w.category, DeprecationWarning), w.lineno - base) for w in caught]


directory = tempfile.mkdtemp()
for lang, text in (("fr", "\u00e9t\u00e9"), ("de", "Sommer")):
    os.makedirs(os.path.join(directory, lang, "LC_MESSAGES"))
    make_mo(os.path.join(directory, lang, "LC_MESSAGES", "app.mo"), {
        "": "Content-Type: text/plain; charset=UTF-8\n", "summer": text, "hello": lang})


def quietly(function, *args):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return function(*args)


print("== translation(codeset=)")
for codeset in ("latin-1", "utf-16-le", None):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here()
        t = gettext.translation("app", directory, ["fr"], codeset=codeset)
    print(codeset, type(t).__name__, where(caught, base), quietly(t.output_charset),
          t.gettext("summer"), quietly(t.lgettext, "summer") if codeset else "-")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here()
    chain = gettext.translation("app", directory, ["fr", "de"], codeset="latin-1")
    fallback = gettext.translation("app", directory, ["zz"], fallback=True, codeset="latin-1")
    positional = gettext.translation("app", directory, ["de"], None, False, "utf-16-be")
print(where(caught, base))
print(quietly(chain.output_charset), quietly(chain._fallback.output_charset),
      quietly(chain._fallback.lgettext, "summer"))
print(type(fallback).__name__, quietly(fallback.output_charset))
print(quietly(positional.lgettext, "hello"))
try:
    gettext.translation("app", directory, ["zz"], codeset="latin-1")
except OSError as exc:
    print(type(exc).__name__, exc.errno)
plain = gettext.translation("app", directory, ["fr"])
print(quietly(plain.output_charset), plain.gettext("summer"))

print("== install(codeset)")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    gettext.install("app", directory, codeset="latin-1")
    os.environ["LANGUAGE"] = "fr"
    gettext.install("app", directory, codeset="latin-1", names=["lgettext"])
    print(builtins._("summer"), builtins.lgettext("summer"))
    gettext.install("app", directory, "utf-16-le", ["lgettext", "ngettext"])
    print(builtins.lgettext("summer"), builtins.ngettext("hello", "hellos", 1))
    gettext.install("app", directory, None)
    print(builtins._("hello"))
print(len(caught), all(issubclass(w.category, DeprecationWarning) for w in caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    gettext.install("app", directory)
    gettext.install("app", localedir=directory, names=["gettext"])
print(len(caught), builtins._("summer"))
for name in ("_", "lgettext", "ngettext", "gettext"):
    builtins.__dict__.pop(name, None)
shutil.rmtree(directory)
