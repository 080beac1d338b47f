"""Shim case formatter-module: the `formatter` module (removed in 3.10).

3.8 warned at import (DeprecationWarning at the importing line).  The case renders a small
document the way old HTML-to-text code did: an AbstractFormatter over a DumbWriter writing to a
StringIO (flowing text with collapsed whitespace, paragraphs, line breaks, a horizontal rule,
numbered and lettered list labels, literal blocks), the same events traced through an
AbstractWriter, the counter formats, the property stacks with AS_IS, NullFormatter and
NullWriter, and formatter.test() over a file.
"""
import io
import os
import sys
import tempfile
import warnings


def here():
    return sys._getframe(1).f_lineno


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here(); import formatter
print("import formatter:", [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename),
                             w.lineno - base) for w in caught])


def render(f):
    f.add_flowing_data("  The   formatter module\nturns a flow of ")
    f.push_font(("h1", 0, 1, 0))
    f.add_flowing_data("formatting events")
    f.pop_font()
    f.add_flowing_data(" into   output.   ")
    f.end_paragraph(1)
    f.push_margin("ol")
    for n, item in enumerate(["first item text", "second, a longer item that needs wrapping here",
                              "third"], 1):
        f.add_label_data("1.", n)
        f.add_flowing_data(item)
        f.add_line_break()
    f.pop_margin()
    f.end_paragraph(1)
    f.push_margin("ul")
    f.push_margin(None)
    for n in (1, 2, 28):
        f.add_label_data("(a)", n, 1)
        f.add_flowing_data(" lettered ")
    f.pop_margin()
    f.pop_margin()
    f.add_hor_rule()
    f.push_style("pre")
    f.add_literal_data("literal   text\n\tkept  as is\n")
    f.pop_style()
    f.add_flowing_data("after")
    f.add_flowing_data("   ")
    f.flush_softspace()
    f.add_flowing_data("the block")
    f.add_label_data(b"*", 0)
    f.add_flowing_data("bullet")
    f.end_paragraph(2)
    f.end_paragraph(1)


print("== DumbWriter, maxcol 30")
out = io.StringIO()
writer = formatter.DumbWriter(out, maxcol=30)
fmt = formatter.AbstractFormatter(writer)
print(fmt.writer is writer, writer.file is out, writer.maxcol, writer.col, writer.atbreak)
render(fmt)
print(out.getvalue(), end="")
print("-- end; col", writer.col, "atbreak", writer.atbreak)
print("state:", fmt.nospace, fmt.softspace, fmt.para_end, fmt.parskip, fmt.hard_break, fmt.have_label)

print("== AbstractWriter trace")
render(formatter.AbstractFormatter(formatter.AbstractWriter()))

print("== counters")
f = formatter.AbstractFormatter(formatter.NullWriter())
for n in (0, 1, 4, 9, 14, 26, 27, 49, 52, 99, 702, 1994, 3999):
    print(n, [f.format_counter(spec, n) for spec in ("1", "a", "A", "i", "I", "<1.a.I>")])
print(f.format_letter("a", 703), f.format_roman("I", 2024), f.format_roman("i", 4))

print("== property stacks")
trace = formatter.AbstractFormatter(formatter.AbstractWriter())
trace.push_alignment("center")
trace.push_alignment("center")
trace.push_alignment(None)
trace.push_alignment("right")
print(trace.align, trace.align_stack)
for _ in range(5):
    trace.pop_alignment()
print(trace.align, trace.align_stack)
trace.push_font((12, 1, formatter.AS_IS, 0))
trace.push_font((formatter.AS_IS, formatter.AS_IS, 1, formatter.AS_IS))
trace.pop_font()
trace.pop_font()
trace.pop_font()
trace.push_margin(None)
trace.push_margin("a")
trace.push_margin(0)
trace.push_margin("b")
trace.pop_margin()
trace.pop_margin()
trace.pop_margin()
trace.pop_margin()
trace.pop_margin()
trace.set_spacing("double")
trace.push_style("b", "i")
trace.push_style()
trace.pop_style(2)
trace.pop_style()
trace.pop_style()
trace.add_flowing_data("word ")
trace.push_style("u")
trace.add_flowing_data("x ")
trace.push_font((None, None, None, None))
trace.assert_line_data()
print(trace.nospace, trace.hard_break, trace.para_end)
trace.assert_line_data(0)
print(trace.nospace, trace.hard_break, formatter.AS_IS)

print("== NullFormatter, NullWriter")
null = formatter.NullFormatter()
print(type(null.writer).__name__)
for name in ("end_paragraph", "add_label_data", "add_flowing_data", "add_literal_data",
             "push_font", "push_margin", "set_spacing", "push_alignment"):
    print(name, getattr(null, name)(*(("1.", 1) if name == "add_label_data" else (1,))))
print(null.add_line_break(), null.add_hor_rule(1, x=2), null.flush_softspace(), null.pop_font(),
      null.pop_margin(), null.pop_alignment(), null.push_style("a", "b"), null.pop_style(3),
      null.assert_line_data(0))
w = formatter.NullWriter()
print(w.flush(), w.new_alignment(1), w.new_font(1), w.new_margin(1, 2), w.new_spacing(1),
      w.new_styles(()), w.send_paragraph(1), w.send_line_break(), w.send_hor_rule(),
      w.send_label_data("x"), w.send_flowing_data("x"), w.send_literal_data("x"))
print(issubclass(formatter.AbstractWriter, formatter.NullWriter),
      issubclass(formatter.DumbWriter, formatter.NullWriter))

print("== formatter.test()")
path = os.path.join(tempfile.mkdtemp(), "doc.txt")
with open(path, "w") as fh:
    fh.write("A first   paragraph\n  spread over lines.\n\nA second paragraph that is long "
             "enough to need wrapping at the default width of seventy-two columns.\n\n\nEnd\n")
formatter.test(path)
os.remove(path)
os.rmdir(os.path.dirname(path))
