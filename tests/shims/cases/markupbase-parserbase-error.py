"""Shim case markupbase-parserbase-error: _markupbase.ParserBase.error(), the hook through
which the declaration scanners reported malformed markup until 3.9.  An HTMLParser subclass
that overrides error() (the documented 3.8 way to catch these) and one that does not, fed an
unknown marked-section keyword; a direct ParserBase subclass scanning a DOCTYPE whose
internal subset holds a bad name; error() called directly."""
import html.parser
import warnings

warnings.simplefilter("ignore", DeprecationWarning)

import _markupbase  # noqa: E402


class ParseFailed(Exception):
    pass


class Strict(html.parser.HTMLParser):
    def error(self, message):
        raise ParseFailed("strict: " + message)


class Plain(html.parser.HTMLParser):
    pass


def feed(cls, text):
    parser = cls()
    try:
        parser.feed(text)
        parser.close()
        return "ok"
    except Exception as exc:
        return "%s: %s" % (type(exc).__name__, exc)


# (Not "<![bogus[x]]>" through HTMLParser: 3.14's HTML parser, hardened for security,
# no longer hands unknown marked sections to ParserBase at all.)
for text in ("<![if !IE]>x<![endif]>", "<!DOCTYPE html><p>x</p>", "<![CDATA[x]]>"):
    print(repr(text), "|", feed(Strict, text), "|", feed(Plain, text))


class Scanner(_markupbase.ParserBase):
    """A minimal ParserBase user, as SGML-ish parsers built on it were."""

    def __init__(self, rawdata):
        self.rawdata = rawdata
        self.reported = []
        self.reset()

    def error(self, message):
        self.reported.append(message)
        raise ParseFailed(message)

    def handle_decl(self, data):
        self.reported.append("decl " + data)

    def unknown_decl(self, data):
        self.reported.append("unknown " + data)


for text in ("<!DOCTYPE x [ <!ELEMENT a (b)> ]>", "<!DOCTYPE x [ <!ELEMENT 9 > ]>",
             "<!DOCTYPE x [ <!ATTLIST a b CDATA #IMPLIED> ]>", "<!DOCTYPE x [ %9; ]>",
             "<!DOCTYPE x [ & ]>", "<!DOCTYPE x [ <!FOO a> ]>", "<!9 x>",
             "<![bogus[ x ]]>", "<![ INCLUDE [ x ]]>"):
    scanner = Scanner(text)
    try:
        if text.startswith("<!["):
            result = scanner.parse_marked_section(0)
        else:
            result = scanner.parse_declaration(0)
    except Exception as exc:
        result = "%s: %s" % (type(exc).__name__, exc)
    print(repr(text), "->", result, scanner.reported)

try:
    _markupbase.ParserBase.error(Scanner(""), "direct")
except Exception as exc:
    print("direct:", type(exc).__name__, exc)
print("has error:", hasattr(_markupbase.ParserBase, "error"))
