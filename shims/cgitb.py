"""The `cgitb` module, restored by pythonc for code written for Python 3.12 and older.

`cgitb` was deprecated in 3.11 and removed in 3.13 (PEP 594).  This file is a fresh
implementation of its documented interface (enable, handler, Hook, html, text, reset and the
small formatting helpers), written from the library reference and from the observed output of
Python 3.8: the same HTML and plain-text reports (heading, source context, the variables each
frame's failing line uses, the exception's attributes, the original traceback in the 3.8
layout) and the same log files.  pythonc serves it only where the running Python has no
`cgitb` of its own; importing it emits one `_compat.CompatDeprecationWarning` attributed to
the importing line.
"""

__shim__ = {"id": "pep594-cgitb", "removed_in": "3.13",
            "replacement": "the traceback module (or logging) to report errors"}

import inspect
import keyword
import linecache
import os
import pydoc
import sys
import tempfile
import time
import tokenize
import traceback


def reset():
    """A string that, sent to a browser, closes whatever a half-written page left open, so
    that the report that follows shows up."""
    return ('<!--: spam\n'
            'Content-Type: text/html\n\n'
            '<body bgcolor="#f0f0f8"><font color="#f0f0f8" size="-5"> -->\n'
            '<body bgcolor="#f0f0f8"><font color="#f0f0f8" size="-5"> --> -->\n'
            '</font> </font> </font> </script> </object> </blockquote> </pre>\n'
            '</table> </table> </table> </table> </table> </font> </font> </font>')


__UNDEF__ = []      # the marker of a name that has no value in the frame


def small(text):
    return "<small>" + text + "</small>" if text else ""


def strong(text):
    return "<strong>" + text + "</strong>" if text else ""


def grey(text):
    return '<font color="#909090">' + text + "</font>" if text else ""


def lookup(name, frame, locals):
    """Where `name` comes from in `frame` and its value: ("local", v), ("global", v),
    ("builtin", v), or (None, __UNDEF__)."""
    if name in locals:
        return "local", locals[name]
    if name in frame.f_globals:
        return "global", frame.f_globals[name]
    if "__builtins__" in frame.f_globals:
        builtins = frame.f_globals["__builtins__"]
        if type(builtins) is dict:
            if name in builtins:
                return "builtin", builtins[name]
        elif hasattr(builtins, name):
            return "builtin", getattr(builtins, name)
    return None, __UNDEF__


def scanvars(reader, frame, locals):
    """The names the logical line read through `reader` uses, as (name, where, value):
    plain names looked up in the frame, attributes (a.b) looked up on their object, with
    `where` the "a." prefix."""
    found = []
    previous = None
    owner = None
    prefix = ""
    value = __UNDEF__
    for kind, token, _start, _end, _line in tokenize.generate_tokens(reader):
        if kind == tokenize.NEWLINE:
            break
        if kind == tokenize.NAME and token not in keyword.kwlist:
            if previous == ".":
                if owner is not __UNDEF__:
                    value = getattr(owner, token, __UNDEF__)
                    found.append((prefix + token, prefix, value))
            else:
                where, value = lookup(token, frame, locals)
                found.append((token, where, value))
        elif token == ".":
            prefix += previous + "."
            owner = value
        else:
            owner, prefix = None, ""
        previous = token
    return found


def _html_repr(value):
    """pydoc's HTML repr, with escape sequences in strings marked as 3.8 marked them."""
    text = pydoc.html.repr(value)
    if '<span class="repr">' in text:
        text = text.replace('<span class="repr">', '<font color="#c040c0">')
        text = text.replace("</span>", "</font>")
    return text


def _header_facts(etype):
    name = etype.__name__ if isinstance(etype, type) else etype
    python = "Python " + sys.version.split()[0] + ": " + sys.executable
    return str(name), python, time.ctime(time.time())


def _frame_facts(record, context_formatter):
    """(file, call text, numbered source lines [(number, text, highlighted)], variables) of
    one traceback record."""
    frame, file, lnum, func, lines, index = record
    args, varargs, varkw, frame_locals = inspect.getargvalues(frame)
    call = ""
    if func != "?":
        call = context_formatter.call(func)
        if func != "<module>":
            call += inspect.formatargvalues(args, varargs, varkw, frame_locals,
                                            formatvalue=context_formatter.value)
    highlighted = set()
    position = [lnum]

    def reader():
        highlighted.add(position[0])
        try:
            return linecache.getline(file, position[0])
        finally:
            position[0] += 1

    names = scanvars(reader, frame, frame_locals)
    numbered = []
    if index is not None:
        first = lnum - index
        for offset, text in enumerate(lines):
            numbered.append((first + offset, text, first + offset in highlighted))
    unique = []
    seen = set()
    for name, where, value in names:
        if name not in seen:
            seen.add(name)
            unique.append((name, where, value))
    return call, numbered, unique


class _HtmlFormatter:
    @staticmethod
    def call(func):
        return "in " + strong(pydoc.html.escape(func))

    @staticmethod
    def value(value):
        return "=" + _html_repr(value)


class _TextFormatter:
    @staticmethod
    def call(func):
        return "in " + func

    @staticmethod
    def value(value):
        return "=" + pydoc.text.repr(value)


def _preformat(text):
    text = pydoc.html.escape(text.expandtabs())
    return text.replace(" ", "&nbsp;").replace("\n", "<br>\n")


def _heading(title, extras):
    return ('\n<table width="100%" cellspacing=0 cellpadding=2 border=0 summary="heading">\n'
            '<tr bgcolor="#6622aa">\n'
            '<td valign=bottom>&nbsp;<br>\n'
            '<font color="#ffffff" face="helvetica, arial">&nbsp;<br>' + title +
            '</font></td\n><td align=right valign=bottom\n'
            '><font color="#ffffff" face="helvetica, arial">' + extras +
            '</font></td></tr></table>\n    ')


def html(einfo, context=5):
    """An HTML report of the exception einfo = (type, value, traceback), with `context`
    lines of source around each frame's current line."""
    etype, evalue, etb = einfo
    name, python, date = _header_facts(etype)
    parts = ['<body bgcolor="#f0f0f8">'
             + _heading("<big><big>%s</big></big>" % strong(pydoc.html.escape(name)),
                        python + "<br>" + date)
             + "\n<p>A problem occurred in a Python script.  Here is the sequence of\n"
               "function calls leading up to the error, in the order they occurred.</p>"]

    for record in inspect.getinnerframes(etb, context):
        file = record[1]
        if file:
            file = os.path.abspath(file)
            link = '<a href="file://%s">%s</a>' % (file, pydoc.html.escape(file))
        else:
            file = link = "?"
        record = (record[0], file) + tuple(record[2:6])
        call, numbered, names = _frame_facts(record, _HtmlFormatter)
        rows = ['<tr><td bgcolor="#d8bbff">%s%s %s</td></tr>' % ("<big>&nbsp;</big>", link, call)]
        for number, text, highlighted in numbered:
            digits = str(number)
            label = small("&nbsp;" * (5 - len(digits)) + digits) + "&nbsp;"
            if highlighted:
                rows.append('<tr><td bgcolor="#ffccee"><tt>=&gt;%s%s</tt></td></tr>'
                            % (label, _preformat(text)))
            else:
                rows.append("<tr><td>%s</td></tr>"
                            % grey("<tt>&nbsp;&nbsp;%s%s</tt>" % (label, _preformat(text))))
        described = []
        for var, where, value in names:
            if value is __UNDEF__:
                described.append(var + " <em>undefined</em>")
                continue
            if where in ("global", "builtin"):
                shown = "<em>%s</em> " % where + strong(var)
            elif where == "local":
                shown = strong(var)
            else:
                shown = where + strong(var.split(".")[-1])
            described.append("%s&nbsp;= %s" % (shown, _html_repr(value)))
        rows.append("<tr><td>%s</td></tr>" % small(grey(", ".join(described))))
        parts.append('\n<table width="100%" cellspacing=0 cellpadding=0 border=0>\n'
                     + "\n".join(rows) + "</table>")

    parts.append("<p>%s: %s" % (strong(pydoc.html.escape(name)),
                                pydoc.html.escape(str(evalue))))
    indent = "<tt>" + small("&nbsp;" * 5) + "&nbsp;</tt>"
    for attribute in _exception_attributes(evalue):
        if attribute.startswith("_"):
            continue
        parts.append("\n<br>%s%s&nbsp;=\n%s"
                     % (indent, attribute, _html_repr(getattr(evalue, attribute))))
    parts.append("\n\n\n<!-- The above is a description of an error in a Python program, "
                 "formatted\n     for a Web browser because the 'cgitb' module was enabled.  "
                 "In case you\n     are not reading this in a Web browser, here is the "
                 "original traceback:\n\n%s\n-->\n"
                 % pydoc.html.escape(_original_traceback(evalue, etb)))
    return "".join(parts)


def text(einfo, context=5):
    """A plain-text report of the exception einfo = (type, value, traceback), with
    `context` lines of source around each frame's current line."""
    etype, evalue, etb = einfo
    name, python, date = _header_facts(etype)
    parts = ["%s\n%s\n%s\n" % (name, python, date)
             + "\nA problem occurred in a Python script.  Here is the sequence of\n"
               "function calls leading up to the error, in the order they occurred.\n"]

    for record in inspect.getinnerframes(etb, context):
        file = record[1]
        file = os.path.abspath(file) if file else "?"
        record = (record[0], file) + tuple(record[2:6])
        call, numbered, names = _frame_facts(record, _TextFormatter)
        rows = [" %s %s" % (file, call)]
        for number, line, _highlighted in numbered:
            rows.append("%5d " % number + line.rstrip())
        described = []
        for var, where, value in names:
            if value is __UNDEF__:
                described.append(var + " undefined")
                continue
            if where == "global":
                var = "global " + var
            elif where != "local":
                # (sic: 3.8 printed builtins as "builtinlen")
                var = where + var.split(".")[-1]
            described.append("%s = %s" % (var, pydoc.text.repr(value)))
        rows.append("\n".join(described))
        parts.append("\n%s\n" % "\n".join(rows))

    parts.append("%s: %s" % (name, evalue))
    for attribute in _exception_attributes(evalue):
        parts.append("\n%s%s = %s" % (" " * 4, attribute,
                                      pydoc.text.repr(getattr(evalue, attribute))))
    parts.append("\n\nThe above is a description of an error in a Python program.  Here is\n"
                 "the original traceback:\n\n%s\n" % _original_traceback(evalue, etb))
    return "".join(parts)


# Attributes that the built-in exceptions gained after 3.8: not listed, as 3.8 had none.
_NEWER_EXCEPTION_ATTRIBUTES = {
    "BaseException": {"add_note", "__getstate__"},
    "NameError": {"name"},
    "AttributeError": {"name", "obj"},
    "SyntaxError": {"end_lineno", "end_offset"},
    "ImportError": {"name_from"},
}


def _exception_attributes(evalue):
    newer = set()
    own = set(getattr(evalue, "__dict__", None) or ())
    for klass in type(evalue).__mro__:
        if klass.__module__ == "builtins":
            newer |= _NEWER_EXCEPTION_ATTRIBUTES.get(klass.__name__, set())
        else:
            own |= set(vars(klass))
    return [name for name in dir(evalue) if name not in newer or name in own]


# ---- the original traceback, in the layout of Python 3.8 ------------------------------------

def _frame_lines(tb):
    import _compat_engine
    return _compat_engine.private_file("_legacy_text")["frames_38"](traceback.extract_tb(tb))


def _exception_chain(value, tb, seen):
    out = []
    cause = getattr(value, "__cause__", None)
    context = getattr(value, "__context__", None)
    if cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        out += _exception_chain(cause, cause.__traceback__, seen)
        out.append("\nThe above exception was the direct cause of the following exception:\n\n")
    elif (context is not None and not getattr(value, "__suppress_context__", False)
          and id(context) not in seen):
        seen.add(id(context))
        out += _exception_chain(context, context.__traceback__, seen)
        out.append("\nDuring handling of the above exception, another exception occurred:\n\n")
    if tb is not None:
        out.append("Traceback (most recent call last):\n")
        out += _frame_lines(tb)
    out += traceback.format_exception_only(type(value), value)
    return out


def _original_traceback(evalue, etb):
    return "".join(_exception_chain(evalue, etb, {id(evalue)}))


# ---- the exception hook ----------------------------------------------------------------------

class Hook:
    """An exception handler (usable as sys.excepthook) that writes a cgitb report to `file`
    (standard output by default) and, with `logdir`, saves it to a file there."""

    def __init__(self, display=1, logdir=None, context=5, file=None, format="html"):
        self.display = display
        self.logdir = logdir
        self.context = context
        self.file = file or sys.stdout
        self.format = format

    def __call__(self, etype, evalue, etb):
        self.handle((etype, evalue, etb))

    def handle(self, info=None):
        info = info or sys.exc_info()
        as_html = self.format == "html"
        if as_html:
            self.file.write(reset())
        plain = False
        try:
            doc = (html if as_html else text)(info, self.context)
        except:
            doc = "".join(_exception_chain(info[1], info[2], {id(info[1])}))
            plain = True

        if not self.display:
            self.file.write("<p>A problem occurred in a Python script.\n")
        elif plain:
            self.file.write("<pre>" + pydoc.html.escape(doc) + "</pre>\n")
        else:
            self.file.write(doc + "\n")

        if self.logdir is not None:
            suffix = ".html" if as_html else ".txt"
            try:
                handle, path = tempfile.mkstemp(suffix=suffix, dir=self.logdir)
            except OSError as exc:
                # Named as 3.8 named it: inside logdir as given (newer tempfile makes the
                # name absolute).
                if exc.filename:
                    exc.filename = os.path.join(self.logdir, os.path.basename(exc.filename))
                raise
            try:
                with os.fdopen(handle, "w") as log:
                    log.write(doc)
                message = "%s contains the description of this error." % path
            except:
                message = "Tried to save traceback to %s, but failed." % path
            self.file.write("<p>%s</p>\n" % message if as_html else message + "\n")
        try:
            self.file.flush()
        except:
            pass


handler = Hook().handle


def enable(display=1, logdir=None, context=5, format="html"):
    """Install the cgitb report as sys.excepthook: uncaught exceptions are then reported
    (as HTML by default) instead of the usual traceback."""
    sys.excepthook = Hook(display=display, logdir=logdir, context=context, format=format)
