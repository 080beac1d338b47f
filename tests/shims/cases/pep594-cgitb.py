"""Shim case pep594-cgitb: the `cgitb` module (removed in 3.13), used as old CGI scripts did:
cgitb.enable() to report uncaught exceptions as HTML (or text, or to a log directory), and
cgitb.html() / cgitb.text() on a caught exception.

The reports hold the date, the interpreter and absolute paths: those are replaced by
placeholders here.  The exceptions are ones whose attributes and documentation did not change
between versions, raised from single-line statements (so every version reports the same line).
Python 3.8 did not warn at `import cgitb`, so no warning is printed for it.
"""
import io
import os
import re
import shutil
import sys
import tempfile

import cgitb

SCRIPT = os.path.abspath(__file__)
TMP = tempfile.mkdtemp()


def clean(report):
    report = report.replace("Python " + sys.version.split()[0] + ": " + sys.executable, "<python>")
    report = re.sub(r"[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}", "<date>", report)
    report = report.replace(SCRIPT, "<script>").replace(os.path.basename(SCRIPT), "<script>")
    report = report.replace(TMP, "<tmp>")
    string_path = os.path.abspath("<string>")
    report = report.replace(string_path, "<cwd>/<string>")
    report = report.replace(string_path.replace("<", "&lt;").replace(">", "&gt;"), "<cwd>/&lt;string&gt;")
    return re.sub(r"tmp[\w]{8}\.(html|txt)", r"<log>.\1", report)


class Account:
    currency = "EUR"

    def __init__(self, balance):
        self.balance = balance


def withdraw(account, amount, *notes, **options):
    fee = options.get("fee", 0)
    return account.balance / (amount - account.balance - fee) + len(notes)


def handle_request(form):
    account = Account(form["balance"])
    return withdraw(account, form["amount"], "atm", fee=0)


def failure():
    try:
        handle_request({"balance": 100, "amount": 100, "memo": "rent\tMay\n"})
    except ZeroDivisionError:
        return sys.exc_info()


print("== reset, small, strong, grey")
print(cgitb.reset())
print(cgitb.small("s"), cgitb.strong("b"), cgitb.grey("g"), repr(cgitb.small("")),
      repr(cgitb.strong("")), repr(cgitb.grey("")))

print("== text()")
info = failure()
print(clean(cgitb.text(info)))
print("== text(), context=1")
print(clean(cgitb.text(info, context=1)))
print("== html()")
print(clean(cgitb.html(info, context=3)))

print("== a missing key, a name that is not defined")


def lookup_user(users, name):
    return users[name.lower()]


try:
    lookup_user({"ann": 1}, "Bob")
except KeyError:
    print(clean(cgitb.text(sys.exc_info(), 1)))
try:
    exec("print(undefined_thing)", {})
except NameError:
    print(clean(cgitb.html(sys.exc_info(), 1)))

print("== Hook, as installed by enable()")
out = io.StringIO()
hook = cgitb.Hook(file=out)
print(hook.display, hook.logdir, hook.context, hook.format, hook.file is out)
hook(*info)
print(clean(out.getvalue()))
out = io.StringIO()
cgitb.Hook(file=out, format="text", context=2).handle(info)
print(clean(out.getvalue()))

print("== display=0, logdir")
for fmt in ("html", "text"):
    out = io.StringIO()
    cgitb.Hook(display=0, logdir=TMP, file=out, format=fmt).handle(info)
    print(clean(out.getvalue()))
names = sorted(os.listdir(TMP), key=lambda name: name.rsplit(".", 1)[1])
print(len(names), [name.rsplit(".", 1)[1] for name in names])
for name in names:
    with open(os.path.join(TMP, name)) as fh:
        saved = fh.read()
    print(name.endswith(".html"), clean(saved).count("<script>"), saved.startswith("<body"),
          saved.startswith("ZeroDivisionError"))
try:
    cgitb.Hook(display=0, logdir=os.path.join(TMP, "missing"), file=io.StringIO()).handle(info)
except OSError as exc:
    print(type(exc).__name__, clean(str(exc)))

print("== the report itself fails: the plain traceback")
out = io.StringIO()
cgitb.Hook(file=out, context="bad").handle(info)
print(clean(out.getvalue()))

print("== handle() inside except, enable()")
out = io.StringIO()
try:
    {}["<missing>"]
except KeyError:
    cgitb.Hook(file=out, display=0).handle()
print(repr(clean(out.getvalue())[-45:]))
saved_hook = sys.excepthook
cgitb.enable(display=0, logdir=TMP, format="text")
print(type(sys.excepthook).__name__, sys.excepthook.display, sys.excepthook.logdir == TMP,
      sys.excepthook.format, sys.excepthook.context, sys.excepthook.file is sys.stdout)
cgitb.enable()
print(sys.excepthook.display, sys.excepthook.logdir, sys.excepthook.format)
out = io.StringIO()
sys.excepthook.file = out
sys.excepthook(*info)
print(clean(out.getvalue()).count("ZeroDivisionError"))
sys.excepthook = saved_hook
print(type(cgitb.handler.__self__).__name__, cgitb.handler.__self__.file is sys.stdout)

print("== lookup, scanvars")
frame = sys._getframe()
print(cgitb.lookup("frame", frame, locals())[0], cgitb.lookup("len", frame, {})[0],
      cgitb.lookup("nothing_here", frame, {}), cgitb.lookup("cgitb", frame, {})[0])
lines = iter(["value = account.balance + len(names) * missing\n", "never read\n"])
account = Account(7)
for name, where, value in cgitb.scanvars(lambda: next(lines), frame, locals()):
    shown = value if isinstance(value, int) else type(value).__name__
    print(" ", name, repr(where), shown if value is not cgitb.__UNDEF__ else "<undefined>")
shutil.rmtree(TMP)
