"""Shims for nntplib's old server-extension commands (applied to the real nntplib of 3.9 to
3.12 and to the module pythonc restores from 3.13 on).

- nntplib-xpath-xgtitle (removed in 3.9): NNTP.xpath(id), the path of an article on the
  server (reply 223 "223 <path>"; any other reply is an NNTPReplyError), and
  NNTP.xgtitle(group, *, file=None), the (name, description) pairs of the groups matching a
  wildmat, from the lines of the multi-line reply (leading/trailing blanks dropped, name and
  description split at the first run of spaces or tabs, lines without a description skipped;
  with `file` the raw lines go there and the list is empty).  Both warned on 3.8 already;
  each call warns.
"""
from _compat_engine import shim

_XGTITLE_LINE = r"([^ \t]+)[ \t]+(.*)$"


@shim("nntplib-xpath-xgtitle", target="nntplib", removed_in="3.9",
      replacement="NNTP.descriptions() / NNTP.description()", kind="method")
def _xpath_xgtitle(nntplib, ctx):
    # the class NNTP and NNTP_SSL share: NNTP itself from 3.9 on, _NNTPBase on 3.8
    NNTP = getattr(nntplib, "_NNTPBase", None) or nntplib.NNTP

    def xpath(self, id):
        """Send XPATH id; return (response, path of the article on the server)."""
        ctx.warn("NNTP.xpath()", instead="nothing (the extension is not in use)", stacklevel=1)
        resp = self._shortcmd("XPATH {0}".format(id))
        if resp[:3] != "223":
            raise nntplib.NNTPReplyError(resp)
        words = resp.split()
        if len(words) != 2:
            raise nntplib.NNTPReplyError(resp)
        return resp, words[1]

    def xgtitle(self, group, *, file=None):
        """Send XGTITLE group; return (response, [(name, description), ...])."""
        import re
        ctx.warn("NNTP.xgtitle()", stacklevel=1)
        line_re = re.compile(_XGTITLE_LINE)
        resp, lines = self._longcmdstring("XGTITLE " + group, file)
        pairs = []
        for line in lines:
            found = line_re.match(line.strip())
            if found:
                pairs.append(found.group(1, 2))
        return resp, pairs

    for function in (xpath, xgtitle):
        function.__qualname__ = "NNTP." + function.__name__
        function.__module__ = nntplib.__name__
        ctx.restore(NNTP, function.__name__, function)


@_xpath_xgtitle.hide
def _hide_xpath_xgtitle(nntplib):
    for cls in (getattr(nntplib, "_NNTPBase", None), nntplib.NNTP):
        for name in ("xpath", "xgtitle"):
            if cls is not None and name in vars(cls):
                delattr(cls, name)
