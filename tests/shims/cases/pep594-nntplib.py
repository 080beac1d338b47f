"""Shim case pep594-nntplib: the `nntplib` module (removed in 3.13).

A scripted news server runs in a thread on a local socket and logs every command; the client
side is driven the way old news readers and gateways did: connect with reader mode and a login,
list and describe groups, select one, fetch overviews, headers and articles (into lists and
into files), post and offer articles, then quit.  A second, older server without CAPABILITIES
or LIST OVERVIEW.FMT exercises the legacy paths (MODE READER, 6-digit NEWGROUPS dates, XOVER,
a 480 reply to MODE READER before login); the debug output, the errors and their classes, the
context manager, decode_header and the deprecated xgtitle/xpath (which warned in 3.8) are
checked too.  3.8 did not warn on import.
"""
import contextlib
import datetime
import io
import os
import shutil
import sys
import tempfile
import warnings

import nntplib

import socket
import threading

CAPS = ["VERSION 2", "READER", "OVER", "HDR", "LIST ACTIVE NEWSGROUPS OVERVIEW.FMT HEADERS", "POST", "IHAVE", "AUTHINFO USER"]
ART = {1: ("<a1@x>", ["Subject: Hello", "From: Ann <ann@x>", "Message-ID: <a1@x>", "", "Body line", ".starts with dot", "caf\xe9".encode('utf-8').decode('latin-1')]),
       2: ("<a2@x>", ["Subject: =?utf-8?q?caf=C3=A9?=", "From: bob@x", "", "second"])}
class Server(threading.Thread):
    def __init__(self, welcome="200 news.example ready (posting ok)", caps=CAPS, overfmt=True, mode480=False):
        super().__init__(daemon=True)
        self.welcome = welcome; self.caps = caps; self.overfmt = overfmt; self.mode480 = mode480; self.authed = False
        self.log = []
        self.sock = socket.socket(); self.sock.bind(("127.0.0.1", 0)); self.sock.listen(1)
        self.port = self.sock.getsockname()[1]
    def run(self):
        conn, _ = self.sock.accept()
        f = conn.makefile("rwb")
        def send(*lines):
            for l in lines:
                f.write((l if isinstance(l, bytes) else l.encode("latin-1")) + b"\r\n")
            f.flush()
        def multi(first, lines):
            send(first, *[("." + l if l.startswith(".") else l) for l in lines], ".")
        send(self.welcome)
        cur = None
        while True:
            line = f.readline()
            if not line:
                break
            cmd = line.rstrip(b"\r\n").decode("latin-1")
            self.log.append(cmd)
            word = cmd.split(" ")[0].upper(); args = cmd.split(" ")[1:]
            if word == "CAPABILITIES":
                if self.caps is None: send("500 What?")
                else: multi("101 Capability list:", self.caps)
            elif word == "MODE": send("480 login first" if self.mode480 and not self.authed else "201 reader mode, no posting")
            elif word == "AUTHINFO":
                if args[0].upper() == "USER": send("381 more please")
                else:
                    self.authed = args[1] == "secret"
                    send("281 welcome" if self.authed else "481 bad password")
            elif word == "DATE": send("111 20240102030405" if self.caps is not None else "111 2024")
            elif word == "LIST":
                sub = args[0].upper() if args else "ACTIVE"
                if sub == "ACTIVE": multi("215 groups", ["comp.lang.python 0000000010 0000000001 y", "alt.test 5 3 n", "misc.mod 7 7 m"])
                elif sub == "NEWSGROUPS":
                    if args[1:] == ["nothing.here"]: multi("215 none", [])
                    else: multi("215 descriptions", ["comp.lang.python\tThe Python language", "alt.test\tTesting (Moderated)", "alt.test\tsecond line"])
                elif sub == "OVERVIEW.FMT":
                    if self.overfmt: multi("215 Order of fields", ["Subject:", "From:", "Date:", "Message-ID:", "References:", "Bytes:", "Lines:", "Xref:full"])
                    else: send("503 no fmt")
                else: send("501 bad list")
            elif word == "GROUP":
                if args[0] == "comp.lang.python": cur = args[0]; send("211 2 1 2 comp.lang.python")
                else: send("411 No such group " + args[0])
            elif word in ("OVER", "XOVER"):
                multi("224 Overview follows", ["1\tHello\tAnn <ann@x>\tMon, 1 Jan 2024 00:00:00 +0000\t<a1@x>\t\t120\t5\tXref: host comp.lang.python:1",
                                             "2\t=?utf-8?q?caf=C3=A9?=\tbob@x\tTue, 2 Jan 2024 00:00:00 +0000\t<a2@x>\t<a1@x>\t80\t3\t"])
            elif word in ("HDR", "XHDR"):
                multi("225 Headers follow", ["1 Hello", "2 =?utf-8?q?caf=C3=A9?="])
            elif word in ("ARTICLE", "HEAD", "BODY", "STAT"):
                spec = args[0] if args else "1"
                num = None
                for n, (mid, lines) in ART.items():
                    if spec in (str(n), mid): num = n
                if num is None: send("430 No such article"); continue
                mid, lines = ART[num]
                first = "%d %d %s" % ({"ARTICLE": 220, "HEAD": 221, "BODY": 222, "STAT": 223}[word], num if spec[0] != "<" else 0, mid)
                if word == "STAT": send(first); continue
                i = lines.index("")
                part = lines if word == "ARTICLE" else lines[:i] if word == "HEAD" else lines[i + 1:]
                multi(first, part)
            elif word == "NEXT": send("223 2 <a2@x> next")
            elif word == "LAST": send("422 No previous article")
            elif word == "NEWGROUPS": multi("231 new groups", ["alt.new 3 1 y"])
            elif word == "NEWNEWS": multi("230 new articles", ["<a1@x>", "<a2@x>"])
            elif word == "HELP": multi("100 Help text", ["  ARTICLE", "  BODY"])
            elif word == "SLAVE": send("202 slave ok")
            elif word in ("POST", "IHAVE"):
                if word == "IHAVE" and args[0] == "<a1@x>": send("435 not wanted"); continue
                send("340 send it" if word == "POST" else "335 send it")
                body = []
                while True:
                    l = f.readline()
                    if l in (b".\r\n", b""): break
                    body.append(l)
                self.log.append(b"".join(body))
                send("240 article posted" if word == "POST" else "235 transferred")
            elif word == "XGTITLE": multi("282 list", ["alt.test\tfrom xgtitle"])
            elif word == "XPATH": send("223 comp/lang/python/1")
            elif word == "BADDATE": send("111 2024")
            elif word == "QUIT": send("205 bye"); break
            elif word == "WEIRD": send("999 strange")
            else: send("500 unknown command")
        conn.close(); self.sock.close()


def attempt(label, fn, *a, **k):
    try:
        r = fn(*a, **k)
    except Exception as e:
        print(label, "->", type(e).__name__, repr(e), e.args, getattr(e, "response", None))
        return None
    print(label, "->", repr(r))
    return r


def here():
    return sys._getframe(1).f_lineno


TMP = tempfile.mkdtemp()

print("== a modern server, reader mode and login")
s = Server()
s.start()
n = nntplib.NNTP("127.0.0.1", s.port, readermode=True, user="me", password="secret")
print(n.getwelcome(), n.nntp_version, n.nntp_implementation, n.authenticated, n.readermode_afterauth, n.tls_on)
attempt("caps", n.getcapabilities)
attempt("date", n.date)
attempt("list", n.list)
attempt("list pattern", n.list, "comp.*")
attempt("descriptions", n.descriptions, "alt.*")
attempt("description", n.description, "alt.test")
attempt("description none", n.description, "nothing.here")
attempt("group", n.group, "comp.lang.python")
attempt("group bad", n.group, "no.such")
attempt("over", n.over, (1, 2))
attempt("over open", n.over, (1, None))
attempt("over str", n.over, "1-2")
attempt("xover", n.xover, 1, 2)
attempt("xhdr", n.xhdr, "subject", "1-2")
resp, overviews = n.over((1, 2))
for number, fields in overviews:
    print(number, nntplib.decode_header(fields["subject"]), fields[":bytes"], fields.get("xref"))
attempt("article", n.article, 1)
attempt("article id", n.article, "<a2@x>")
attempt("head", n.head, "1")
attempt("body", n.body)
buf = io.BytesIO()
attempt("body file", n.body, 1, file=buf)
print(buf.getvalue())
path = os.path.join(TMP, "article.txt")
resp, info = n.article(2, file=path)
print(resp, info.lines)
with open(path, "rb") as fh:
    print(fh.read())
attempt("article bad", n.article, 99)
attempt("stat", n.stat, 1)
attempt("stat current", n.stat)
attempt("next", n.next)
attempt("last", n.last)
attempt("newgroups", n.newgroups, datetime.date(2024, 1, 2))
attempt("newgroups datetime", n.newgroups, datetime.datetime(2024, 1, 2, 3, 4, 5))
attempt("newgroups str", n.newgroups, "20240102")
attempt("newnews", n.newnews, "comp.*", datetime.datetime(2024, 1, 2, 3, 4, 5))
attempt("help", n.help)
attempt("slave", n.slave)
attempt("post bytes", n.post, b"Subject: x\r\nFrom: y\r\n\r\nline1\n.dot\nlast")
attempt("post lines", n.post, [b"Subject: x\n", b"\n", b"a\r\n", b".b"])
attempt("post file", n.post, io.BytesIO(b"Subject: z\n\nbody\n"))
attempt("ihave", n.ihave, "<a9@x>", b"Subject: q\n\nbody")
attempt("ihave refused", n.ihave, "<a1@x>", b"x")
attempt("odd reply", n._shortcmd, "WEIRD")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); print("xgtitle ->", n.xgtitle("alt.*"))
    print("xpath ->", n.xpath("<a1@x>"))
print("deprecated:", [(issubclass(w.category, DeprecationWarning), w.lineno - base) for w in caught])
out = io.StringIO()
with contextlib.redirect_stdout(out):
    n.set_debuglevel(1)
    n.stat(1)
    n.debug(2)
    n.stat("<a2@x>")
    n.getwelcome()
    n.set_debuglevel(0)
print(out.getvalue(), end="")
attempt("login again", n.login, "me", "secret")
attempt("login nobody", n.login, None, None, False)
attempt("quit", n.quit)
print("connected:", hasattr(n, "file"))
s.join()
for line in s.log:
    print("server got:", line)

print("== an older server")
s = Server(welcome="201 old.example ready (no posting)", caps=None, overfmt=False, mode480=True)
s.start()
n = nntplib.NNTP("127.0.0.1", s.port, readermode=True)
print(n.getwelcome(), n.nntp_version, n.getcapabilities(), n.readermode_afterauth)
attempt("login wrong", n.login, "me", "wrong")
attempt("login", n.login, "me", "secret")
print(n.getwelcome(), n.authenticated)
attempt("newgroups", n.newgroups, datetime.date(2024, 1, 2))
attempt("newnews", n.newnews, "comp.*", datetime.datetime(1999, 12, 31, 23, 59, 58))
attempt("over", n.over, (1, 2))
attempt("date", n.date)
with n:
    attempt("group", n.group, "comp.lang.python")
print("connected after with:", hasattr(n, "file"))
s.join()
for line in s.log:
    print("server got:", line)

print("== greetings")
for welcome in ("400 service temporarily unavailable", "502 access denied", "999 what"):
    s = Server(welcome=welcome)
    s.start()
    attempt(welcome, nntplib.NNTP, "127.0.0.1", s.port)
    s.join()
    print("   server got:", s.log)

print("== module")
e = nntplib.NNTPError()
print(e.response, e.args, nntplib.NNTPError("x", "y").response)
print([c.__mro__[1].__name__ for c in (nntplib.NNTPReplyError, nntplib.NNTPTemporaryError,
                                       nntplib.NNTPPermanentError, nntplib.NNTPProtocolError,
                                       nntplib.NNTPDataError)])
print(nntplib.NNTP_PORT, nntplib.NNTP_SSL_PORT, sorted(nntplib.__all__))
print(nntplib.GroupInfo._fields, nntplib.ArticleInfo._fields)
attempt("decode_header", nntplib.decode_header, "=?utf-8?q?caf=C3=A9?= and =?iso-8859-1?q?na=EFve?= plain")
attempt("decode_header plain", nntplib.decode_header, "Re: plain subject")
shutil.rmtree(TMP)

print("== edge replies")


class Canned(threading.Thread):
    """Greets, then answers each command line with the next canned reply; a reply given as
    ("DATA", reply) first takes the article lines up to the lone "."."""

    def __init__(self, replies):
        super().__init__(daemon=True)
        self.replies = list(replies)
        self.log = []
        self.sock = socket.socket(); self.sock.bind(("127.0.0.1", 0)); self.sock.listen(1)
        self.port = self.sock.getsockname()[1]

    def run(self):
        conn, _ = self.sock.accept()
        f = conn.makefile("rwb")
        f.write(b"200 canned\r\n"); f.flush()
        for reply in self.replies:
            if isinstance(reply, tuple):
                body = []
                while True:
                    l = f.readline()
                    if l in (b".\r\n", b""): break
                    body.append(l)
                self.log.append(b"".join(body))
                reply = reply[1]
            else:
                line = f.readline()
                if not line: break
                self.log.append(line)
            f.write(reply); f.flush()
        conn.close(); self.sock.close()


FMT_FULL = b"".join(h + b"\r\n" for h in (b"Subject:", b"From:", b"Date:", b"Message-ID:",
                                           b"References:", b"Bytes:", b"Lines:", b"Xref:full",
                                           b"Xref:full"))
s = Canned([
    b"500 no capabilities\r\n",
    b"211 2\r\n", b"211\r\n", b"211 2 1 2 Big.Group extra\r\n", b"211 a\r\n",
    b"\r\n",
    b"101 caps\r\n\r\n.\r\n",
    b"111 2024010203040\r\n",
    b"223 1 <a>\r\n", b"223 1 <a>\r\n", b"220 1 <a>\r\n.\r\n",
    b"340 go\r\n", ("DATA", b"240 ok\r\n"),
    b"240 go\r\n",
    b"221 1 <a>\r\nh: 1\n..x\n.\n",
    b"215 d\r\nnospace\r\n a\tb \r\n.\r\n",
    b"200 x\r\n",
    b"580 no\r\n", b"282 no\r\n",
    b"381 more\r\n", b"381 more\r\n", b"381 again\r\n",
    b"224 o\r\n1\ta\r\n.\r\n", b"215 fmt\r\nSubject:\r\nFrom:\r\n.\r\n",
    b"224 o\r\n1\ta\tb\tc\td\te\t1\t2\tXref: q\tXref: r\r\n.\r\n", b"215 fmt\r\n" + FMT_FULL + b".\r\n",
    b"224 o\r\n3\ta\tb\tc\td\te\t1\t2\t\r\n.\r\n",
    b"205 bye\r\n",
])
s.start()
n = nntplib.NNTP("127.0.0.1", s.port)
print(n.getwelcome(), n.nntp_version, n.getcapabilities())
attempt("group short", n.group, "Grp")
attempt("group bare", n.group, "Grp")
attempt("group long", n.group, "x")
attempt("group bad count", n.group, "x")
attempt("empty reply", n._shortcmd, "EMPTY")
attempt("caps empty line", n.capabilities)
attempt("date 13 digits", n.date)
attempt("stat tuple", n.stat, (1, 2))
attempt("stat 0", n.stat, 0)
attempt("article 0", n.article, 0)
attempt("post mixed ends", n.post, [b"a\r", b".b\r\n", b"c\n\n", bytearray(b".d")])
attempt("post 2xx", n.post, b"x")
buf = io.BytesIO()
attempt("head file LF", n.head, 1, file=buf)
print(buf.getvalue())
attempt("descriptions odd lines", n.descriptions, "x")
attempt("help not long", n.help)
attempt("starttls 580", n.starttls)
attempt("starttls 282", n.starttls)
attempt("login no password", n.login, "u")
attempt("login 381 twice", n.login, "u", "p")
attempt("over short fmt", n.over, (1, 2))
attempt("over duplicate fields", n.over, (1, 2))
attempt("over empty extra", n.over, "3")
attempt("over int", n.over, 5)
attempt("quit", n.quit)
s.join()
for line in s.log:
    print("server got:", line)
