"""Shim case configparser-safeconfigparser: configparser.SafeConfigParser (removed in 3.12).

3.2-3.11: SafeConfigParser is a subclass of ConfigParser; looking it up does not warn, every
construction warns (DeprecationWarning, attributed to the line that constructs it, or to a
subclass's __init__ that calls it), and the parser then behaves exactly like ConfigParser
(interpolation included).
"""
import configparser
import io
import sys
import warnings


def here():
    return sys._getframe(1).f_lineno


def where(caught, base):
    return [(issubclass(w.category, DeprecationWarning), w.lineno - base) for w in caught]


print("== the class")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    from configparser import SafeConfigParser
    cls = configparser.SafeConfigParser
print(len(caught), cls is SafeConfigParser, cls.__name__, cls.__module__)
print(issubclass(cls, configparser.ConfigParser), issubclass(cls, configparser.RawConfigParser))
print("SafeConfigParser" in configparser.__all__)

print("== construction warns at the caller")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here()
    parser = SafeConfigParser()
    parser2 = configparser.SafeConfigParser(defaults={"home": "/srv"}, allow_no_value=True)
print(where(caught, base))
print(type(parser).__name__, isinstance(parser, configparser.ConfigParser))

print("== behaves like ConfigParser")
with warnings.catch_warnings(record=True):
    warnings.simplefilter("always")
    parser.read_string("[paths]\nroot = /opt\nlib = %(root)s/lib\n\n[flags]\ndebug = yes\n")
    print(parser.sections(), parser.get("paths", "lib"), parser.getboolean("flags", "debug"))
    print(parser.get("paths", "lib", raw=True))
    parser2.read_string("[s]\nkey\npath = %(home)s/x\n")
    print(parser2.get("s", "key"), parser2.get("s", "path"), parser2.defaults())
    try:
        parser.read_string("[bad]\nv = %(missing)s\n")
        parser.get("bad", "v")
    except configparser.Error as exc:
        print(type(exc).__name__)
    out = io.StringIO()
    parser.write(out)
    print(out.getvalue().splitlines())


class Legacy(SafeConfigParser):
    def __init__(self):
        SafeConfigParser.__init__(self)
        self.add_section("legacy")


print("== subclass")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here()
    obj = Legacy()
print(where(caught, base - 7 + 1 - 1), obj.sections(), isinstance(obj, SafeConfigParser))
