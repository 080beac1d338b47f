"""Shim case locale-resetlocale: locale.resetlocale() (removed in 3.13).

3.8: resetlocale(category=LC_ALL) sets the category to getdefaultlocale()'s locale, taken from
the first of LC_ALL, LC_CTYPE, LANG and LANGUAGE set in the environment ("C" if none); a
locale the system does not have raises locale.Error, a name it cannot parse ValueError. 3.8 did not warn (3.11 and 3.12 did),
so warnings are not printed. Only the C/POSIX locales (always present) and unknown names are
used, so the output does not depend on the machine.
"""
import locale
import os
import warnings

warnings.simplefilter("ignore")

print(callable(getattr(locale, "resetlocale", None)), "resetlocale" in locale.__all__)
for name in ("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE"):
    os.environ.pop(name, None)


def attempt(label, *args):
    try:
        result = locale.resetlocale(*args)
        print(label, "->", result, locale.setlocale(locale.LC_CTYPE), locale.setlocale(locale.LC_NUMERIC))
    except (locale.Error, ValueError) as exc:
        print(label, "->", type(exc).__name__, exc)
    locale.setlocale(locale.LC_ALL, "C")


attempt("nothing set")
os.environ["LANG"] = "POSIX"
attempt("LANG=POSIX")
attempt("LANG=POSIX numeric", locale.LC_NUMERIC)
os.environ["LANG"] = "xx_NOWHERE.UTF-8"
attempt("unknown LANG")
attempt("unknown LANG, numeric", locale.LC_NUMERIC)
os.environ["LC_ALL"] = "C"
attempt("LC_ALL wins")
del os.environ["LC_ALL"]
os.environ["LC_CTYPE"] = "C"
attempt("LC_CTYPE before LANG")
del os.environ["LC_CTYPE"], os.environ["LANG"]
os.environ["LANGUAGE"] = "C:xx_NOWHERE"
attempt("LANGUAGE list")
os.environ["LANGUAGE"] = "xx_NOWHERE:C"
attempt("LANGUAGE first unknown")
del os.environ["LANGUAGE"]
try:
    locale.resetlocale(12345)
except (locale.Error, ValueError) as exc:
    print(type(exc).__name__, exc)
