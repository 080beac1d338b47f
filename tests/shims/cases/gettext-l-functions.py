"""Shim case gettext-l-functions: the gettext functions returning bytes (removed in 3.11).

3.8: lgettext(), ldgettext(), lngettext(), ldngettext() and bind_textdomain_codeset() at
module level, and NullTranslations/GNUTranslations lgettext(), lngettext(),
output_charset(), set_output_charset(). Results are the translation encoded with the output
charset (or the domain's codeset), else with locale.getpreferredencoding() (compared here,
not printed, as it depends on the environment). Each call warns once, attributed to the
caller; a translation handing a message to its fallback warns once more (from inside
gettext, so only the count is printed there). A small .mo catalog is written first.
"""
import builtins
import gettext
import locale
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


def call(label, function, *args):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here()
        try:
            result = function(*args)
        except Exception as exc:
            result = "%s: %s" % (type(exc).__name__, exc)
    lines = [w.lineno - base for w in caught if os.path.basename(w.filename) == os.path.basename(__file__)]
    print(label, "->", repr(result), [issubclass(w.category, DeprecationWarning) for w in caught], lines)
    return result


preferred = locale.getpreferredencoding()
directory = tempfile.mkdtemp()
os.makedirs(os.path.join(directory, "fr", "LC_MESSAGES"))
make_mo(os.path.join(directory, "fr", "LC_MESSAGES", "app.mo"), {
    "": "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=n > 1;\n",
    "hello": "bonjour", "accent": "\u00e9t\u00e9",
    "one file\0%d files": "un fichier\0%d fichiers"})

print(all(hasattr(gettext, n) for n in ("lgettext", "ldgettext", "lngettext", "ldngettext",
                                         "bind_textdomain_codeset")),
      [n in gettext.__all__ for n in ("lgettext", "bind_textdomain_codeset")])

print("== NullTranslations")
null = gettext.NullTranslations()
call("lgettext", null.lgettext, "plain")
call("lngettext 1", null.lngettext, "one", "many", 1)
call("lngettext 2", null.lngettext, "one", "many", 2)
call("output_charset", null.output_charset)
call("set_output_charset", null.set_output_charset, "latin-1")
call("output_charset after", null.output_charset)
call("lgettext latin-1", null.lgettext, "\u00e9t\u00e9")
call("lngettext latin-1", null.lngettext, "\u00e9", "\u00e9s", 0)
null.set_output_charset("ascii") if False else None
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(gettext.NullTranslations().lgettext("caf\u00e9") == "caf\u00e9".encode(preferred))

print("== GNUTranslations")
fr = gettext.translation("app", directory, ["fr"])
call("lgettext", fr.lgettext, "hello")
call("lgettext missing", fr.lgettext, "absent")
call("lngettext 1", fr.lngettext, "one file", "%d files", 1)
call("lngettext 5", fr.lngettext, "one file", "%d files", 5)
call("lngettext missing", fr.lngettext, "x", "xs", 5)
call("set_output_charset", fr.set_output_charset, "latin-1")
call("lgettext accent latin-1", fr.lgettext, "accent")
call("gettext unaffected", fr.gettext, "accent")
fr.set_output_charset("ascii") if False else None
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    fr.set_output_charset("ascii")
call("lgettext ascii", fr.lgettext, "accent")
chained = gettext.translation("app", directory, ["fr"])
backup = gettext.NullTranslations()
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    backup.set_output_charset("utf-16-be")
chained.add_fallback(backup)
call("fallback lgettext", chained.lgettext, "absent")
call("fallback lngettext", chained.lngettext, "absent", "absents", 2)
call("no fallback needed", chained.lgettext, "hello")

print("== module level")
gettext.bindtextdomain("app", directory)
os.environ["LANGUAGE"] = "fr"
call("ldgettext", gettext.ldgettext, "app", "hello")
call("bind_textdomain_codeset get", gettext.bind_textdomain_codeset, "app")
call("bind_textdomain_codeset set", gettext.bind_textdomain_codeset, "app", "latin-1")
call("bind_textdomain_codeset again", gettext.bind_textdomain_codeset, "app", None)
call("ldgettext latin-1", gettext.ldgettext, "app", "accent")
call("ldngettext", gettext.ldngettext, "app", "one file", "%d files", 3)
call("dgettext unaffected", gettext.dgettext, "app", "accent")
call("no catalog", gettext.ldgettext, "nodomain", "x")
call("no catalog codeset", gettext.bind_textdomain_codeset, "nodomain", "utf-16-le")
call("no catalog encoded", gettext.ldgettext, "nodomain", "x")
call("no catalog plural", gettext.ldngettext, "nodomain", "x", "xs", 2)
gettext.textdomain("app")
call("lgettext", gettext.lgettext, "accent")
call("lngettext", gettext.lngettext, "one file", "%d files", 1)
call("lgettext missing", gettext.lgettext, "absent")
gettext.textdomain("messages")

print("== install names")
with warnings.catch_warnings(record=True):
    warnings.simplefilter("always")
    fr2 = gettext.translation("app", directory, ["fr"])
    fr2.install(names=["lgettext", "lngettext", "ngettext"])
    print(builtins.lgettext("hello") == "bonjour".encode(preferred),
          builtins.lngettext("one file", "%d files", 2) == "%d fichiers".encode(preferred),
          builtins.ngettext("one file", "%d files", 2), builtins._("hello"))
for name in ("_", "lgettext", "lngettext", "ngettext"):
    builtins.__dict__.pop(name, None)
shutil.rmtree(directory)
