"""Shim case pep594-cgi, log: the old logging helpers of `cgi` (cgi.log, initlog, dolog,
nolog, closelog, logfile, logfp), as CGI scripts used them to write a debugging log.

(The catalog row cgi-log announced their removal for 3.12; they stayed until the whole module
went in 3.13, and the restored module has them.)  Python 3.8 did not warn for them.  The log
file lives in a temporary directory; only its name relative to it is printed.
"""
import os
import shutil
import tempfile

import cgi

TMP = tempfile.mkdtemp()
path = os.path.join(TMP, "cgi.log")


def contents():
    if not os.path.exists(path):
        return None
    with open(path) as fh:
        return fh.read().splitlines()


print("== defaults")
print(cgi.logfile == "", cgi.logfp, cgi.log is cgi.initlog, cgi.maxlen)
print("== no log file: messages are dropped")
cgi.log("dropped %s", 1)
print(cgi.log is cgi.nolog, cgi.logfp, contents())
print("== with a log file")
cgi.logfile = path
cgi.log = cgi.initlog
cgi.log("request from %s", "127.0.0.1")
print(cgi.log is cgi.dolog, os.path.basename(cgi.logfp.name), cgi.logfp.mode)
cgi.log("%d fields: %r", 2, ["a", "b"])
cgi.log("plain message")
cgi.dolog("dolog %s", "directly")
cgi.nolog("never written")
cgi.logfp.flush()
print(contents())
print("== closelog")
cgi.closelog()
print(cgi.log is cgi.initlog, cgi.logfp, repr(cgi.logfile))
cgi.log("after close: dropped")
print(cgi.log is cgi.nolog, contents())
print("== appending again")
cgi.logfile = path
cgi.log = cgi.initlog
cgi.log("second run %s", "ok")
cgi.closelog()
print(contents())
print("== a log file that cannot be opened")
cgi.logfile = os.path.join(TMP, "no-such-dir", "x.log")
cgi.log = cgi.initlog
cgi.log("lost")
print(cgi.log is cgi.nolog, cgi.logfp, os.path.exists(cgi.logfile))
cgi.closelog()
try:
    cgi.dolog("no file %s", 1)
except AttributeError as exc:
    print("dolog without a file:", exc)
shutil.rmtree(TMP)
