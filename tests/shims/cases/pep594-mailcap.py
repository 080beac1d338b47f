"""Shim case pep594-mailcap: the `mailcap` module (removed in 3.13), used as old mail and web
clients did: read the user's and the system's mailcap files (here: files named by $MAILCAPS in
a temporary directory), find the viewer or editor command for a MIME type, run it.

Includes the shell-injection guard of 3.8.18 (UnsafeMailcapInput warnings, printed as 3.8
gave them), "test" commands run through the shell, and readmailcapfile's own
DeprecationWarning of 3.8 (printed with its line offset).  Python 3.8 did not warn at
`import mailcap`, so no warning is printed for it.
"""
import io
import os
import shutil
import sys
import tempfile
import warnings

import mailcap

TMP = tempfile.mkdtemp()
os.chdir(TMP)

USER = r"""# personal mailcap
text/plain; cp %s viewed.txt; copiousoutput
text/html; lynx -dump %s; copiousoutput; test=test -n "$NO_SUCH_VARIABLE_HERE"
text/*; cp '%s' any-text.txt; edit=cp %s edited.txt; compose=touch %s
image/gif; xv %s; description="A GIF image"; nametemplate=%s.gif
application/x-foo; foo --charset=%{charset} --type=%t %n %F %% \
    --continued; needsterminal
IMAGE/PNG ; display %s ; x-note = spaced out
line without any field separator
video/ogg; vlc %s; test=true
video/avi; mplayer %s; test=false
video/*; false %s
"""
SYSTEM = """text/plain; more %s
audio/basic; test -e %s; test=test -e /
message/rfc822; mutt -f %s; edit=vi %s; edit=emacs %s
"""
with open("user.mailcap", "w") as fh:
    fh.write(USER)
with open("system.mailcap", "w") as fh:
    fh.write(SYSTEM)
os.environ["MAILCAPS"] = os.pathsep.join(["user.mailcap", "missing.mailcap", "system.mailcap"])


def here():
    return sys._getframe(1).f_lineno


def attempt(label, action):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = action()
        except Exception as exc:
            result = "%s: %s" % (type(exc).__name__, exc)
    print(label, "->", result)
    for w in caught:
        print("   warning:", w.category.__name__, w.message)


print("== getcaps")
print(mailcap.listmailcapfiles())
caps = mailcap.getcaps()
for mimetype in sorted(caps):
    print(mimetype, caps[mimetype])

print("== findmatch")
for args, options in [
        (("text/plain",), {"filename": "notes.txt"}),
        (("text/plain",), {}),
        (("text/plain", "edit"), {"filename": "notes.txt"}),
        (("text/x-python", "edit"), {"filename": "prog.py"}),
        (("text/x-python", "compose"), {"filename": "prog.py"}),
        (("text/html",), {"filename": "page.html"}),
        (("text",), {"filename": "plain"}),
        (("Text/Plain",), {"filename": "x"}),
        (("image/gif", "description"), {}),
        (("image/gif", "nametemplate"), {"filename": "picture"}),
        (("image/png",), {"filename": "p.png"}),
        (("image/png", "x-note"), {}),
        (("application/x-foo",), {"filename": "f", "plist": ["CHARSET=utf-8", "x=y"]}),
        (("application/x-foo",), {"filename": "f"}),
        (("video/ogg",), {"filename": "clip.ogg"}),
        (("video/avi",), {"filename": "clip.avi"}),
        (("audio/basic",), {"filename": "a.au"}),
        (("message/rfc822", "edit"), {"filename": "mbox"}),
        (("x-unknown/type",), {"filename": "x"}),
        (("text/plain", "no-such-key"), {"filename": "x"})]:
    attempt("findmatch%r %r" % (args, options), lambda: mailcap.findmatch(caps, *args, **options))

print("== unsafe input is refused")
attempt("filename", lambda: mailcap.findmatch(caps, "text/plain", filename="x; rm -rf ~"))
attempt("filename with a space", lambda: mailcap.findmatch(caps, "text/plain", filename="my notes.txt"))
attempt("non-ASCII filename", lambda: mailcap.findmatch(caps, "text/plain", filename="caf\u00e9.txt"))
attempt("MIME type", lambda: mailcap.findmatch(caps, "application/x-foo;$(id)", filename="f"))
attempt("parameter", lambda: mailcap.findmatch(caps, "application/x-foo", filename="f",
                                                plist=["charset=`id`"]))
attempt("subst %t", lambda: mailcap.subst("show %t", "a b", "f"))

print("== lookup, subst, findparam")
print(mailcap.lookup(caps, "text/plain"))
print(mailcap.lookup(caps, "video/mpeg", "test"))
print(mailcap.lookup({}, "a/b"))
print(mailcap.subst(r"%s %t %{a} %{B} %% %x \q \%s", "text/plain", "F", ["a=1", "b=2"]))
attempt("subst ending in %", lambda: mailcap.subst("x%", "t", "f"))
print(repr(mailcap.subst("%{open", "t", "f", ["open=1"])), repr(mailcap.subst("a\\", "t", "f")))
print(mailcap.findparam("a", ["A=1", "a=2"]), repr(mailcap.findparam("z", [])))

print("== parseline, parsefield")
for line in ("only", "", "a;b;c=;=d;c=2", 'text/plain; cat %s; x="a;b"; flag', "a\\;b;c",
             " t / x ; v ; k = v "):
    print(repr(line), mailcap.parseline(line))
print(mailcap.parsefield("a\\;b;c", 0, 6))

print("== readmailcapfile (deprecated in 3.8)")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); old = mailcap.readmailcapfile(io.StringIO(SYSTEM))
print(sorted(old.items()))
print([(issubclass(w.category, DeprecationWarning), w.lineno - base) for w in caught])

print("== show")
mailcap.show(caps)
print("== test (the command line)")
sys.stdout.flush()
sys.argv = ["mailcap", "text/plain", "user.mailcap", "video/avi", "clip.avi", "text/x-c"]
mailcap.test()
sys.stdout.flush()
with open("viewed.txt") as fh:
    print(fh.read() == USER)
os.environ["MAILCAPS"] = "system.mailcap"
sys.argv = ["mailcap", "audio/basic", "missing.au"]
mailcap.test()
sys.stdout.flush()
del os.environ["MAILCAPS"]
home = os.environ.pop("HOME", None)
print(mailcap.listmailcapfiles()[0])
os.environ["HOME"] = "/home/someone"
print(mailcap.listmailcapfiles())
if home is not None:
    os.environ["HOME"] = home
os.chdir(os.path.dirname(TMP))
shutil.rmtree(TMP)

print("== more edges")
print(mailcap.parsefield("a\\", 0, 2), mailcap.parsefield("ab;c", 1, 2), mailcap.parsefield("ab;c", 3, 4))
print(mailcap.parseline("x;y\\"), mailcap.parseline("x;;;y"), mailcap.parseline("x;y;=;k=1=2"))
print(mailcap.lookup({"a/b": [{"view": 1}], "a/*": [{"view": 2, "lineno": 0}]}, "a/b"))
print(mailcap.lookup({"a/b": [{"view": 1, "edit": 3}], "a/*": [{"view": 2}]}, "a/b", None))
print(mailcap.lineno_sort_key({"lineno": 5}), mailcap.lineno_sort_key({}))
attempt("a test with %s", lambda: mailcap.findmatch(
    {"a/b": [{"view": "v %s", "test": "test -e %s", "lineno": 0}]}, "a/b", filename="f"))
attempt("an empty test", lambda: mailcap.findmatch({"a/b": [{"view": "v", "test": ""}]}, "a/b"))
attempt("unsafe %t in a test", lambda: mailcap.findmatch(
    {"a/b": [{"view": "v %s", "test": "true %t", "lineno": 0}]}, "a/b", filename="f", plist=["x"]))
attempt("parameter named empty", lambda: mailcap.subst("%{}%{", "t", "f", ["=x", "a=1"]))
print(repr(mailcap.subst("\\\\%t", "t", "f")), mailcap.findparam("", ["=x"]), mailcap.findparam("a", ["a"]))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); joined = mailcap.readmailcapfile(io.StringIO(
        "a/b; v\\\\\n\nc/d; w\\\n  x\n\\\ne/f; y\ng/h; z\\\\\n"))
print(sorted(joined.items()))
print([(issubclass(w.category, DeprecationWarning), w.lineno - base) for w in caught])
