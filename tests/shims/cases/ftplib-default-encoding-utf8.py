"""Shim case ftplib-default-encoding-utf8: the encoding ftplib.FTP and FTP_TLS use on the
control connection when the program does not choose one (3.8: latin-1, the class attribute
FTP.encoding; 3.9: UTF-8).  A tiny FTP server on 127.0.0.1 (a thread) records the raw bytes
of each command and answers PWD with a UTF-8 path; a non-ASCII user name and directory name
show what went over the wire and how replies were decoded.  A subclass choosing its encoding
with a class attribute (the 3.8 way) and changing the attribute after construction too."""
import socketserver
import threading
import warnings

warnings.simplefilter("ignore", DeprecationWarning)

import ftplib  # noqa: E402

RECEIVED = []


class Handler(socketserver.StreamRequestHandler):
    def reply(self, raw):
        self.wfile.write(raw + b"\r\n")

    def handle(self):
        self.reply(b"220 tiny test server")
        for line in self.rfile:
            raw = line.rstrip(b"\r\n")
            RECEIVED.append(raw)
            verb = raw.split(b" ", 1)[0].upper()
            argument = raw[len(verb) + 1:]
            if verb == b"USER":
                self.reply(b"331 password please")
            elif verb == b"PASS":
                self.reply(b"230 logged in")
            elif verb == b"PWD":
                self.reply(b'257 "/h\xc3\xa9" is the current directory')
            elif verb == b"CWD":
                self.reply(b"250 now in " + argument)
            elif verb == b"MKD":
                self.reply(b'257 "' + argument + b'" created')
            elif verb == b"QUIT":
                self.reply(b"221 bye")
                return
            else:
                self.reply(b"502 not implemented")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


server = Server(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
HOST, PORT = server.server_address


def session(label, ftp, login=True):
    del RECEIVED[:]
    if ftp.sock is None:
        ftp.connect(HOST, PORT)
    if login:
        ftp.login("j\u00fcrgen", "s\u00e9cret")
    print(label, "encoding:", ftp.encoding)
    print("  pwd:", ascii(ftp.pwd()))
    print("  mkd:", ascii(ftp.mkd("caf\u00e9")))
    print("  cwd:", ascii(ftp.cwd("\u00e9t\u00e9")))
    ftp.quit()
    print("  sent:", RECEIVED)


print("FTP.encoding:", getattr(ftplib.FTP, "encoding", "<none>"))
print("FTP_TLS.encoding:", getattr(ftplib.FTP_TLS, "encoding", "<none>"))
session("FTP()", ftplib.FTP())


class Windows(ftplib.FTP):
    encoding = "cp437"


session("subclass", Windows())

ftp = ftplib.FTP()
ftp.encoding = "utf-8"
session("attribute set", ftp)

# host and user given to the constructor: it connects and logs in itself
class Here(ftplib.FTP):
    port = PORT


del RECEIVED[:]
ftp = Here(HOST, "\u00e5sa", "pw")
print("constructor login sent:", RECEIVED, ftp.encoding)
ftp.quit()

# FTP_TLS, used without TLS (no AUTH): its plain commands use the same encoding
tls = ftplib.FTP_TLS()
session("FTP_TLS()", tls, login=False)
print("vars has encoding:", "encoding" in vars(ftplib.FTP()))
server.shutdown()
