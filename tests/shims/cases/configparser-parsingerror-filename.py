"""Shim case configparser-parsingerror-filename: ParsingError's filename= argument and
.filename attribute (removed in 3.12).

3.2-3.11: ParsingError(source=None, filename=None) takes exactly one of the two (checked by
truth value, with ValueErrors otherwise); giving filename does not warn. Reading or setting
.filename warns (DeprecationWarning, attributed to the caller) and reads or sets .source.
"""
import configparser
import io
import sys
import warnings

ParsingError = configparser.ParsingError


def here():
    return sys._getframe(1).f_lineno


def where(caught, base):
    return [(issubclass(w.category, DeprecationWarning), w.lineno - base) for w in caught]


print("== construction")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for args, kwargs in [((), {"filename": "f.ini"}), (("s.ini",), {}), ((), {"source": "s"}),
                         (("",), {"filename": "x"}), ((None, "f"), {}), ((), {}),
                         (("a", "b"), {}), ((), {"source": "s", "filename": "f"}),
                         ((), {"filename": ""}), ((0,), {})]:
        try:
            error = ParsingError(*args, **kwargs)
            print(args, kwargs, "->", error.source, error.args, str(error), error.errors)
        except ValueError as exc:
            print(args, kwargs, "-> ValueError:", exc)
print("warnings:", len(caught))

print("== the attribute")
error = ParsingError(filename="cfg.ini")
error.append(3, "bad line")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here()
    print(error.filename)
    error.filename = "other.ini"
    print(error.source, error.filename, error.args, str(error).splitlines()[0], error.errors)
print(where(caught, base))
print(isinstance(vars(ParsingError).get("filename"), property))

print("== raised by a parser")
parser = configparser.ConfigParser()
try:
    parser.read_file(io.StringIO("[s]\nbroken\nalso broken\n"), source="app.ini")
except ParsingError as exc:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here()
        print(exc.filename, exc.source, [number for number, line in exc.errors])
    print(where(caught, base))


class MyError(ParsingError):
    def __init__(self, name):
        ParsingError.__init__(self, filename=name)


print(MyError("sub.ini").source)
