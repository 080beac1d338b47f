"""Shim case htmlparser-unescape: html.parser.HTMLParser.unescape() (removed in 3.9).

3.4-3.8 warned at every call (DeprecationWarning, attributed to the caller), then returned
html.unescape(s).
"""
import html
import os
import sys
import warnings
from html.parser import HTMLParser


def here():
    """The caller's current line: the marker warning line numbers are measured against."""
    return sys._getframe(1).f_lineno


def report(label, caught, base):
    print(label, [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
                  for w in caught])


parser = HTMLParser()
for text in ("plain", "&amp; &lt;b&gt; &quot;q&quot; &#39;", "&#65;&#x42;&#0;&#xD800;", "&eacute; &eacute &notit;",
             "&unknown; & &", "", "&#1114112;", b"bytes", None):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            base = here(); result = repr(parser.unescape(text))
        except Exception as exc:
            result = type(exc).__name__
    report(result, caught, base)


class LinkCollector(HTMLParser):
    def __init__(self):
        HTMLParser.__init__(self)
        self.titles = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "title":
                self.titles.append(self.unescape(value.replace("&amp;", "&amp;amp;")))


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    collector = LinkCollector()
    collector.feed('<a title="Tom &amp; Jerry">x</a><a title="&lt;3">y</a>')
    collector.close()
print(collector.titles, len(caught), all(issubclass(w.category, DeprecationWarning) for w in caught))
print("unbound:", HTMLParser.unescape(parser, "&gt;"))
print("same as html.unescape:", parser.unescape("&copy;&nbsp;x") == html.unescape("&copy;&nbsp;x"))
