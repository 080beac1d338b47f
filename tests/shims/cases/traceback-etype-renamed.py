"""Shim case traceback-etype-renamed: the etype= keyword of traceback.format_exception(),
print_exception() and format_exception_only() (renamed away in 3.10).

3.5-3.9: the first argument was called etype and old code passed it, and the others, by
keyword. format_exception() and print_exception() ignored etype (the type of value is
used); format_exception_only() used etype as given. Argument errors are the TypeErrors of
those signatures. 3.8 did not warn, so warnings are not printed. Frame lines are left out
(their layout changed in 3.11): only the header, the "File" line's function and the last line.
"""
import io
import sys
import traceback
import warnings

warnings.simplefilter("ignore")


def failing():
    return {}["missing"]


try:
    failing()
except KeyError:
    etype, value, tb = sys.exc_info()


def summary(lines):
    text = "".join(lines).splitlines()
    return [text[0], [l.split(", in ")[-1] for l in text if l.startswith("  File")], text[-1]]


def show(label, call):
    try:
        result = call()
    except Exception as exc:
        print(label, "->", type(exc).__name__, exc)
        return
    if isinstance(result, list) and len(result) > 1:
        result = summary(result)
    print(label, "->", result)


show("format_exception all keywords",
     lambda: traceback.format_exception(etype=etype, value=value, tb=tb))
show("format_exception etype=None", lambda: traceback.format_exception(etype=None, value=value, tb=tb))
show("format_exception wrong etype",
     lambda: traceback.format_exception(etype=ValueError, value=value, tb=tb))
show("format_exception tb=None", lambda: traceback.format_exception(etype=etype, value=value, tb=None))
show("format_exception limit chain",
     lambda: traceback.format_exception(etype=etype, value=value, tb=tb, limit=1, chain=False))
show("format_exception limit=0",
     lambda: traceback.format_exception(etype=etype, value=value, tb=tb, limit=0))
show("format_exception twice", lambda: traceback.format_exception(etype, value, tb, etype=etype))
show("format_exception no tb", lambda: traceback.format_exception(etype=etype, value=value))
show("format_exception only etype", lambda: traceback.format_exception(etype=etype))
show("format_exception bogus",
     lambda: traceback.format_exception(etype=etype, value=value, tb=tb, bogus=1))
show("format_exception positional", lambda: traceback.format_exception(etype, value, tb))
show("format_exception_only keywords",
     lambda: traceback.format_exception_only(etype=etype, value=value))
show("format_exception_only None value",
     lambda: traceback.format_exception_only(etype=ValueError, value=None))
show("format_exception_only both None", lambda: traceback.format_exception_only(etype=None, value=None))
show("format_exception_only syntax",
     lambda: traceback.format_exception_only(etype=SyntaxError, value=SyntaxError("bad", ("m.py", 3, 5, "x = = 1\n"))))
show("format_exception_only missing value", lambda: traceback.format_exception_only(etype=etype))
show("format_exception_only twice",
     lambda: traceback.format_exception_only(etype, value, etype=etype))
show("format_exception_only extra",
     lambda: traceback.format_exception_only(etype=etype, value=value, extra=1))

out = io.StringIO()
show("print_exception keywords",
     lambda: traceback.print_exception(etype=etype, value=value, tb=tb, file=out))
print(summary(out.getvalue()))
out = io.StringIO()
show("print_exception all", lambda: traceback.print_exception(
    etype=etype, value=value, tb=tb, limit=None, file=out, chain=True))
print(summary(out.getvalue()))
show("print_exception extra",
     lambda: traceback.print_exception(etype=etype, value=value, tb=tb, file=out, x=1))
show("print_exception missing", lambda: traceback.print_exception(etype=etype, value=value, file=out))

try:
    try:
        failing()
    except KeyError as inner:
        raise RuntimeError("wrapped") from inner
except RuntimeError as outer:
    lines = traceback.format_exception(etype=type(outer), value=outer, tb=outer.__traceback__)
    text = "".join(lines)
    print("chained:", text.count("Traceback"), "The above exception" in text, text.splitlines()[-1])
    lines = traceback.format_exception(etype=type(outer), value=outer, tb=outer.__traceback__,
                                       chain=False)
    print("unchained:", "".join(lines).count("Traceback"))
