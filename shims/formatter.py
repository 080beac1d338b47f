"""The `formatter` module, restored by pythonc for code written for Python 3.9 and older.

`formatter` (formatter and writer objects turning a flow of formatting events into text, as
old HTML-to-text code used it) was deprecated in 3.4 and removed in 3.10.  This file is a
fresh implementation of its documented interface and of the behaviour the 3.8 module showed
from outside.  pythonc serves it only where the running Python has no `formatter`; importing
it emits one `_compat.CompatDeprecationWarning` attributed to the importing line, where 3.8
emitted its own DeprecationWarning.
"""

__shim__ = {"id": "formatter-module", "removed_in": "3.10",
            "replacement": "copy the needed classes into the project"}

import sys

# The "leave this property unchanged" value of push_font() and the other push_*() methods.
AS_IS = None


class NullFormatter:
    """A formatter that ignores every event; its writer (a NullWriter by default) is never
    called."""

    def __init__(self, writer=None):
        self.writer = NullWriter() if writer is None else writer

    def end_paragraph(self, blankline): return None
    def add_line_break(self): return None
    def add_hor_rule(self, *args, **kw): return None
    def add_label_data(self, format, counter, blankline=None): return None
    def add_flowing_data(self, data): return None
    def add_literal_data(self, data): return None
    def flush_softspace(self): return None
    def push_alignment(self, align): return None
    def pop_alignment(self): return None
    def push_font(self, x): return None
    def pop_font(self): return None
    def push_margin(self, margin): return None
    def pop_margin(self): return None
    def set_spacing(self, spacing): return None
    def push_style(self, *styles): return None
    def pop_style(self, n=1): return None
    def assert_line_data(self, flag=1): return None


_ROMAN_DIGITS = ("i", "v"), ("x", "l"), ("c", "d"), ("m", None)


class AbstractFormatter:
    """The standard formatter: collapses whitespace of flowing text, keeps track of
    paragraph breaks and labels, and manages the alignment, font, margin and style stacks
    for its writer."""

    def __init__(self, writer):
        self.writer = writer
        self.align, self.spacing = None, None
        self.align_stack, self.font_stack = [], []
        self.margin_stack, self.style_stack = [], []
        # Flags about the text sent so far: at a line start with nothing to separate from
        # (nospace), a space is owed before the next word (softspace), a paragraph has just
        # ended (para_end, parskip = blank lines already sent), the line is empty
        # (hard_break), a label opened the current item (have_label).
        self._set(nospace=1, softspace=0, para_end=1, parskip=0, hard_break=1, have_label=0)

    def _set(self, **flags):
        vars(self).update(flags)

    # -- breaks ---------------------------------------------------------------------------

    def end_paragraph(self, blankline):
        out = self.writer
        if not self.hard_break:
            out.send_line_break()
            self._set(have_label=0)
        if blankline > self.parskip and not self.have_label:
            out.send_paragraph(blankline - self.parskip)
            self._set(parskip=blankline, have_label=0)
        self._set(softspace=0, hard_break=1, nospace=1, para_end=1)

    def add_line_break(self):
        if not (self.para_end or self.hard_break):
            self.writer.send_line_break()
            self._set(have_label=0, parskip=0)
        self._set(softspace=0, hard_break=1, nospace=1)

    def add_hor_rule(self, *args, **kw):
        out = self.writer
        if not self.hard_break:
            out.send_line_break()
        out.send_hor_rule(*args, **kw)
        self._set(have_label=0, para_end=0, softspace=0, parskip=0, hard_break=1, nospace=1)

    # -- labels ---------------------------------------------------------------------------

    def add_label_data(self, format, counter, blankline=None):
        out = self.writer
        if self.have_label or not self.hard_break:
            out.send_line_break()
        if not self.para_end:
            out.send_paragraph(1 if blankline else 0)
        out.send_label_data(self.format_counter(format, counter)
                            if isinstance(format, str) else format)
        self._set(softspace=0, parskip=0, nospace=1, have_label=1, hard_break=1, para_end=1)

    def format_counter(self, format, counter):
        pieces = []
        for ch in format:
            if ch == "1":
                pieces.append("%d" % counter)
            elif ch not in "aAiI":
                pieces.append(ch)
            elif counter > 0:
                convert = self.format_letter if ch in "aA" else self.format_roman
                pieces.append(convert(ch, counter))
        return "".join(pieces)

    def format_letter(self, case, counter):
        # Bijective base 26: 1..26 are one letter, 27 is "aa"; letters count up from `case`.
        text = ""
        while counter > 0:
            counter, offset = divmod(counter - 1, 26)
            text = chr(ord(case) + offset) + text
        return text

    def format_roman(self, case, counter):
        # Digit by digit from the units up; 3.8 failed with IndexError from 4000 on.
        text = ""
        place = 0
        while counter > 0:
            counter, digit = divmod(counter, 10)
            if digit:
                if place >= len(_ROMAN_DIGITS) - 1 and digit > 3:
                    raise IndexError("list index out of range")
                unit, half = _ROMAN_DIGITS[place]
                if digit == 9:
                    text = unit + _ROMAN_DIGITS[place + 1][0] + text
                elif digit >= 5:
                    text = half + unit * (digit - 5) + text
                elif digit == 4:
                    text = unit + half + text
                else:
                    text = unit * digit + text
            place += 1
            if counter > 0 and place >= len(_ROMAN_DIGITS):
                raise IndexError("list index out of range")
        return text.upper() if case == "I" else text

    # -- text -----------------------------------------------------------------------------

    def add_flowing_data(self, data):
        if not data:
            return None
        lead, trail = data[:1].isspace(), data[-1:].isspace()
        words = " ".join(data.split())
        if not words:
            # Only whitespace: at most one space is owed to the next word.
            if not self.nospace:
                self._set(softspace=1, parskip=0)
            return
        if (lead or self.softspace) and not self.nospace:
            words = " " + words
        self._set(nospace=0, hard_break=0, para_end=0, parskip=0, have_label=0,
                  softspace=trail)
        self.writer.send_flowing_data(words)

    def add_literal_data(self, data):
        out = self.writer
        if not data:
            return None
        if self.softspace:
            out.send_flowing_data(" ")
        self._set(hard_break=data[-1:] == "\n", nospace=0, para_end=0, softspace=0,
                  parskip=0, have_label=0)
        out.send_literal_data(data)

    def flush_softspace(self):
        if not self.softspace:
            return
        self._set(softspace=0, hard_break=0, para_end=0, nospace=1)
        self.writer.send_flowing_data(" ")

    # -- property stacks ------------------------------------------------------------------

    def push_alignment(self, align):
        if align and align != self.align:
            self.writer.new_alignment(align)
            self.align = align
        self.align_stack.append(self.align)

    def pop_alignment(self):
        stack = self.align_stack
        if stack:
            stack.pop()
        self.align = stack[-1] if stack else None
        self.writer.new_alignment(self.align)

    def push_font(self, font):
        size, italic, bold, teletype = font
        self.flush_softspace()
        if self.font_stack:
            top = self.font_stack[-1]
            size = top[0] if size is AS_IS else size
            italic = top[1] if italic is AS_IS else italic
            bold = top[2] if bold is AS_IS else bold
            teletype = top[3] if teletype is AS_IS else teletype
        merged = (size, italic, bold, teletype)
        self.font_stack.append(merged)
        self.writer.new_font(merged)

    def pop_font(self):
        stack = self.font_stack
        del stack[-1:]
        self.writer.new_font(stack[-1] if stack else None)

    def _tell_margin(self):
        real = [m for m in self.margin_stack if m]
        return real, len(real)

    def push_margin(self, margin):
        self.margin_stack.append(margin)
        real, depth = self._tell_margin()
        if not margin and real:
            margin = real[-1]
        self.writer.new_margin(margin, depth)

    def pop_margin(self):
        del self.margin_stack[-1:]
        real, depth = self._tell_margin()
        self.writer.new_margin(real[-1] if real else None, depth)

    def set_spacing(self, spacing):
        self._set(spacing=spacing)
        self.writer.new_spacing(spacing)

    def push_style(self, *styles):
        self.flush_softspace()
        stack = self.style_stack
        stack.extend(styles)
        self.writer.new_styles(tuple(stack))

    def pop_style(self, n=1):
        stack = self.style_stack
        del stack[-n:]
        self.writer.new_styles(tuple(stack))

    def assert_line_data(self, flag=1):
        self._set(nospace=not flag, hard_break=not flag, para_end=0, parskip=0, have_label=0)


class NullWriter:
    """A writer that does nothing: the interface, and a base for writers that need only
    part of it."""

    def __init__(self): return None
    def flush(self): return None
    def new_alignment(self, align): return None
    def new_font(self, font): return None
    def new_margin(self, margin, level): return None
    def new_spacing(self, spacing): return None
    def new_styles(self, styles): return None
    def send_paragraph(self, blankline): return None
    def send_line_break(self): return None
    def send_hor_rule(self, *args, **kw): return None
    def send_label_data(self, data): return None
    def send_flowing_data(self, data): return None
    def send_literal_data(self, data): return None


class AbstractWriter(NullWriter):
    """A writer that prints each call it receives, for debugging formatters."""

    def new_alignment(self, align): print("new_alignment(%r)" % (align,))
    def new_font(self, font): print("new_font(%r)" % (font,))
    def new_margin(self, margin, level): print("new_margin(%r, %d)" % (margin, level))
    def new_spacing(self, spacing): print("new_spacing(%r)" % (spacing,))
    def new_styles(self, styles): print("new_styles(%r)" % (styles,))
    def send_paragraph(self, blankline): print("send_paragraph(%r)" % (blankline,))
    def send_line_break(self): print("send_line_break()")
    def send_hor_rule(self, *args, **kw): print("send_hor_rule()")
    def send_label_data(self, data): print("send_label_data(%r)" % (data,))
    def send_flowing_data(self, data): print("send_flowing_data(%r)" % (data,))
    def send_literal_data(self, data): print("send_literal_data(%r)" % (data,))


class DumbWriter(NullWriter):
    """Writes flowing text word-wrapped at `maxcol` columns (and literal text as it is) to
    `file`, standard output by default."""

    def __init__(self, file=None, maxcol=72):
        super().__init__()
        self.file, self.maxcol = file or sys.stdout, maxcol
        self.reset()

    def reset(self): self.col = self.atbreak = 0

    def _newline(self, text):
        self.file.write(text)
        self.reset()

    def send_paragraph(self, blankline): self._newline("\n" * blankline)
    def send_line_break(self): self._newline("\n")
    def send_hor_rule(self, *args, **kw): self._newline("\n" + "-" * self.maxcol + "\n")

    def send_literal_data(self, data):
        self.file.write(data)
        head, nl, tail = data.rpartition("\n")
        if nl:
            self.col = 0
        self.col += len(tail.expandtabs())
        self.atbreak = 0

    def send_flowing_data(self, data):
        if not data:
            return None
        pieces = []
        column, width = self.col, self.maxcol
        gap = self.atbreak or data[0].isspace()
        words = data.split()
        for word in words:
            if gap:
                wrap = column + len(word) >= width
                pieces.append("\n" if wrap else " ")
                column = 0 if wrap else column + 1
            pieces.append(word)
            column += len(word)
            gap = 1
        if pieces:
            self.file.write("".join(pieces))
        self.col, self.atbreak = column, data[-1].isspace()


def test(file=None):
    """Format the text file `file` (else the first command-line argument, else standard
    input) to standard output: blank lines end paragraphs, other text flows."""
    fmt = AbstractFormatter(DumbWriter())
    if file is None and len(sys.argv) > 1:
        file = sys.argv[1]
    stream = sys.stdin if file is None else open(file)
    try:
        for text in stream:
            fmt.end_paragraph(1) if text == "\n" else fmt.add_flowing_data(text)
    finally:
        if stream is not sys.stdin:
            stream.close()
    fmt.end_paragraph(0)
