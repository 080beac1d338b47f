"""Shim case configparser-readfp: RawConfigParser.readfp() (removed in 3.12).

3.2-3.11: readfp(fp, filename=None) warns at every call (DeprecationWarning, attributed to
the caller) and then reads exactly as read_file(fp, source=filename): the filename shows up
in ParsingError messages; without it the file object's name (or "<???>") is used.
"""
import configparser
import io
import sys
import warnings


def here():
    return sys._getframe(1).f_lineno


def where(caught, base):
    return [(issubclass(w.category, DeprecationWarning), w.lineno - base) for w in caught]


class Named(io.StringIO):
    name = "named.ini"


print(hasattr(configparser.RawConfigParser, "readfp"), "readfp" in vars(configparser.RawConfigParser))
for cls in (configparser.RawConfigParser, configparser.ConfigParser):
    parser = cls()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here()
        print(parser.readfp(io.StringIO("[a]\nx = 1\n")))
        parser.readfp(io.StringIO("[b]\ny = 2\n"), "b.ini")
        parser.readfp(fp=io.StringIO("[c]\nz = 3\n"), filename="c.ini")
        parser.readfp(["[d]\n", "w = 4\n"])
        parser.readfp(Named("[e]\nv = 5\n"))
    print(cls.__name__, where(caught, base), parser.sections(), parser.get("b", "y"))

print("== errors carry the name")
parser = configparser.ConfigParser()
with warnings.catch_warnings(record=True):
    warnings.simplefilter("always")
    for args in ((io.StringIO("[s]\nbad line\n"), "broken.ini"), (io.StringIO("[s]\nbad\n"),),
                 (Named("nosection = 1\n"),), (io.StringIO("[a]\nx = 1\n"), "dup.ini")):
        try:
            parser.readfp(*args)
            print("read", parser.sections())
        except configparser.Error as exc:
            print(type(exc).__name__, "|", str(exc).replace("\n", " / "))
    try:
        parser.readfp(None)
    except Exception as exc:
        print(type(exc).__name__)
    try:
        parser.readfp()
    except TypeError as exc:
        print("TypeError")
