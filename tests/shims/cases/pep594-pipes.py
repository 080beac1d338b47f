"""Shim case pep594-pipes: the `pipes` module (removed in 3.13), used as old scripts did:
pipes.Template pipelines run through /bin/sh (tr, sort, sed, wc), read and written as files or
copied, and pipes.quote for shell quoting.

Files live in a temporary directory (the working directory here) and are named relatively;
the temporary files a pipeline creates are shown as T1, T2...  Python 3.8 did not warn at
`import pipes`, so no warning is printed for it.
"""
import os
import re
import shutil
import sys
import tempfile

import pipes

TMP = tempfile.mkdtemp()
os.chdir(TMP)
# Command lines built but never run leave their temporary files behind (as in 3.8): keep
# them inside TMP.
os.mkdir("scratch")
tempfile.tempdir = os.path.join(TMP, "scratch")


def masked(command):
    names = {}
    tmpdir = re.escape(tempfile.gettempdir())

    return re.sub(tmpdir + r"/[^\s';]+",
                  lambda m: names.setdefault(m.group(0), "T%d" % (len(names) + 1)), command)


def read(name):
    with open(name) as fh:
        return fh.read()


with open("words.txt", "w") as fh:
    fh.write("pear\napple\nfig\napple\n")

print("== append, open for reading")
t = pipes.Template()
print(repr(t), t.debugging)
t.append("tr a-z A-Z", "--")
t.append("sort", pipes.STDIN_STDOUT)
print(repr(t))
f = t.open("words.txt", "r")
print(repr(f.read()))
print(f.close())
print(t.makepipeline("words.txt", "out.txt"))

print("== open for writing")
t = pipes.Template()
t.append("sed -e s/o/0/g", "--")
f = t.open("written.txt", "w")
f.write("foo\nboo\n")
print(f.close(), repr(read("written.txt")))

print("== copy")
t = pipes.Template()
t.append("sort -u", "--")
t.prepend("tr a-z A-Z", "--")
print(t.copy("words.txt", "copied.txt"), repr(read("copied.txt")))
print(t.steps)

print("== file steps ($IN, $OUT) and temporary files")
t = pipes.Template()
t.append("tr a-z A-Z", "--")
t.append("cp $IN $OUT", pipes.FILEIN_FILEOUT)
t.append("sort", "--")
t.append("wc -l <$IN", pipes.FILEIN_STDOUT)
t.append("cat >$OUT", pipes.STDIN_FILEOUT)
print(t.copy("words.txt", "count.txt"), repr(read("count.txt").strip()))
print(masked(t.makepipeline("words.txt", "count.txt")))
print(masked(t.makepipeline("", "")))
f = t.open("words.txt", "r")
print(repr(f.read().strip()), f.close())

print("== SOURCE and SINK")
t = pipes.Template()
t.prepend("printf 'b\\na\\n'", pipes.SOURCE)
t.append("sort", "--")
print(t.makepipeline("ignored", "sorted.txt"))
print(t.copy("ignored", "sorted.txt"), repr(read("sorted.txt")))
t = pipes.Template()
t.append("cat >sunk.txt", pipes.SINK)
print(t.makepipeline("words.txt", "ignored"), t.copy("words.txt", ""), repr(read("sunk.txt")[:5]))

print("== exit status")
t = pipes.Template()
t.append("exit 3", "--")
status = t.copy("words.txt", "none.txt")
print(status, os.WEXITSTATUS(status) if hasattr(os, "WEXITSTATUS") else status >> 8)
f = t.open("words.txt", "r")
print(repr(f.read()), f.close())

print("== clone, reset, debug")
t = pipes.Template()
t.append("tr a-z A-Z", "--")
t.debug(1)
c = t.clone()
c.append("rev", "--")
print(t.steps, c.steps, c.debugging)
print(t.makepipeline("in.txt", "out.txt"))
t.reset()
print(t.steps, t.debugging)
t.debug(0)
print(t.makepipeline("", ""))
print(pipes.makepipeline("a b", [("cat", "--")], "c;d"))
print(pipes.stepkinds, pipes.__all__)

print("== errors")
for action in (lambda: pipes.Template().append(42, "--"),
               lambda: pipes.Template().append("cat", "xx"),
               lambda: pipes.Template().append("echo", pipes.SOURCE),
               lambda: pipes.Template().append("cat", "ff"),
               lambda: pipes.Template().append("cat $INPUT $OUT", "ff"),
               lambda: pipes.Template().append("cat <$IN", "-f"),
               lambda: pipes.Template().prepend(b"cat", "--"),
               lambda: pipes.Template().prepend("cat", pipes.SINK),
               lambda: pipes.Template().prepend("cat", "f-"),
               lambda: pipes.Template().open("words.txt", "a")):
    try:
        action()
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
t = pipes.Template()
t.append("cat >/dev/null", pipes.SINK)
for action in (lambda: t.append("cat", "--"), lambda: t.open("words.txt", "r")):
    try:
        action()
    except ValueError as exc:
        print("ValueError", exc)
t = pipes.Template()
t.prepend("echo x", pipes.SOURCE)
for action in (lambda: t.prepend("cat", "--"), lambda: t.open("words.txt", "w")):
    try:
        action()
    except ValueError as exc:
        print("ValueError", exc)

print("== no steps: plain files")
t = pipes.Template()
with t.open("plain.txt", "w") as fh:
    fh.write("plain\n")
with t.open("plain.txt", "r") as fh:
    print(type(fh).__name__, repr(fh.read()))

print("== quote")
for text in ("", "simple", "two words", "it's", 'say "hi"', "$HOME", "a;b|c&d", "caf\u00e9", "-n"):
    print(repr(text), pipes.quote(text))
name = "my file's.txt"
with open(name, "w") as fh:
    fh.write("quoted\n")
print(os.system("cat %s > %s" % (pipes.quote(name), pipes.quote("out put.txt"))), repr(read("out put.txt")))

os.chdir(os.path.dirname(TMP))
shutil.rmtree(TMP)
