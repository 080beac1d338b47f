"""Shim case nntplib-xpath-xgtitle: NNTP.xpath() and NNTP.xgtitle() against a fake news
server on 127.0.0.1 (a thread): a good XPATH reply, malformed and error replies, XGTITLE
lines with tabs, runs of spaces, no description, dot-stuffing and non-ASCII, an error reply,
and xgtitle(file=) writing the raw lines."""
import io
import socketserver
import threading
import warnings

warnings.simplefilter("ignore", DeprecationWarning)

import nntplib  # noqa: E402

XPATH = {"<a@x>": "223 comp/lang/python/12", "<multi@x>": "223 a/1 b/2",
         "<none@x>": "430 no such article", "<short@x>": "223",
         "<code@x>": "224 x/1", "<pad@x>": "223  caf\u00e9/7 "}
GROUPS = ["comp.lang.python\tThe Python computer language.", "alt.misc  Spaces between",
          "comp.empty\t", "..dotted\tx", "  lead x", "nodescription",
          "d\t\te f ", "caf\u00e9.fr\tCaf\u00e9s"]
SENT = []


class Handler(socketserver.StreamRequestHandler):
    def reply(self, text):
        self.wfile.write(text.encode("utf-8") + b"\r\n")

    def handle(self):
        self.reply("200 fake news server ready")
        for raw in self.rfile:
            line = raw.decode("utf-8").rstrip("\r\n")
            SENT.append(line)
            verb, _, argument = line.partition(" ")
            verb = verb.upper()
            if verb == "CAPABILITIES":
                for text in ("101 Capability list:", "VERSION 2", "READER", "."):
                    self.reply(text)
            elif verb == "QUIT":
                self.reply("205 bye")
                return
            elif verb == "XPATH":
                self.reply(XPATH.get(argument, "500 eh"))
            elif verb == "XGTITLE":
                if argument == "bad":
                    self.reply("481 groups and descriptions unavailable")
                else:
                    self.reply("282 list follows")
                    for text in GROUPS:
                        self.reply(text)
                    self.reply(".")
            else:
                self.reply("500 what")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


server = Server(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()

news = nntplib.NNTP(*server.server_address)
for message_id in ("<a@x>", "<multi@x>", "<none@x>", "<short@x>", "<code@x>", "<pad@x>"):
    try:
        print("xpath", message_id, ascii(news.xpath(message_id)))
    except nntplib.NNTPError as exc:
        print("xpath", message_id, type(exc).__name__, exc)
for pattern in ("comp.*", "bad"):
    try:
        print("xgtitle", pattern, ascii(news.xgtitle(pattern)))
    except nntplib.NNTPError as exc:
        print("xgtitle", pattern, type(exc).__name__, exc)
out = io.BytesIO()
print("xgtitle file=", news.xgtitle("comp.*", file=out))
print(out.getvalue())
print(news.quit())
print(SENT)
server.shutdown()
