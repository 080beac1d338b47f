"""Shim case codetype-ctor-qualname: types.CodeType(...) called with 3.8's positional
arguments (argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, codestring,
constants, names, varnames, filename, name, firstlineno, lnotab[, freevars[, cellvars]]),
refused from 3.11 on ("code() argument 13 must be str, not int").

Code objects are rebuilt the old way from what the running interpreter compiled, as Genshi
does for its template expressions (a new name and first line, flags | 0x40, co_code and
co_consts as they are), then run; results and the line numbers of tracebacks and frames are
printed.  3.10 reads the lnotab argument as its own line table (PEP 626): where line numbers
are printed, the lnotab is written in the form whose two readings agree (every line change
in a pair that does not advance the offset, every pair that advances it leaves the line
alone), made from dis.findlinestarts(); Genshi's own form (the interpreter's co_lnotab) is
used where only results are printed.  The only try block is rebuilt by a caller that still
holds the original code object.
"""
import dis
import sys
import traceback
import types
import warnings

CodeType = types.CodeType


def lnotab(code):
    """The interpreter's co_lnotab (3.12 warns that it is deprecated)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return code.co_lnotab


def portable_lnotab(code):
    """A 3.8 lnotab of code's line starts that 3.10 reads the same way."""
    out = bytearray()
    starts = [(offset, line) for offset, line in dis.findlinestarts(code) if line is not None]
    previous_line = code.co_firstlineno
    for index, (offset, line) in enumerate(starts):
        delta = line - previous_line
        previous_line = line
        while delta:
            step = max(-127, min(127, delta))
            out += bytes((0, step & 0xFF))
            delta -= step
        end = starts[index + 1][0] if index + 1 < len(starts) else len(code.co_code)
        size = end - offset
        while size > 0:
            out += bytes((min(size, 254), 0))
            size -= 254
    return bytes(out)


def rebuild(code, name, firstlineno, table, extra=2):
    """CodeType() with 3.8's arguments; `extra` of (freevars, cellvars) given."""
    args = [code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount,
            code.co_nlocals, code.co_stacksize, code.co_flags, code.co_code,
            code.co_consts, code.co_names, code.co_varnames, code.co_filename, name,
            firstlineno, table, code.co_freevars, code.co_cellvars]
    return CodeType(*args[:14 + extra])


def genshi_chunk(code, filename, name, lineno):
    """Genshi 0.7's build_code_chunk() (with posonlyargcount in its right place)."""
    return CodeType(0, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_nlocals,
                    code.co_stacksize, code.co_flags | 0x0040, code.co_code,
                    code.co_consts, code.co_names, code.co_varnames, filename, name,
                    lineno, lnotab(code), (), ())


def failing_lines(shift, call, *args):
    """(result or exception name, the lines of the frames of files `tpl` and `page`, less
    `shift`: the lines of the source compiled, whatever first line each release gave it)."""
    try:
        result = call(*args)
    except Exception as exc:
        frames = traceback.extract_tb(sys.exc_info()[2])
        return type(exc).__name__, [f.lineno - shift for f in frames
                                    if f.filename in ("tpl", "page")]
    return result, []


def caller_line():
    return sys._getframe(1).f_lineno


print("== functions")


def sample(a, b=2):
    total = a * b
    here = caller_line()
    ratio = (total
             /
             (a - 1))
    return total, ratio, here


base = sample.__code__.co_firstlineno
for extra in (0, 1, 2):
    code = rebuild(sample.__code__, "rebuilt", 1000, portable_lnotab(sample.__code__), extra)
    func = types.FunctionType(code, globals(), "rebuilt", (2,))
    total, ratio, here = func(3)
    print(extra, code.co_name, code.co_firstlineno, type(code) is type(sample.__code__),
          isinstance(code, types.CodeType), total, ratio, here - 1000)
    try:
        func(1)
    except ZeroDivisionError:
        last = traceback.extract_tb(sys.exc_info()[2])[-1]
        print("  ZeroDivisionError at", last.lineno - 1000, last.name)
    lines = sorted({line - 1000 for _, line in dis.findlinestarts(code) if line is not None})
    want = sorted({line - base for _, line in dis.findlinestarts(sample.__code__)
                   if line is not None})
    print("  line starts as the original's:", lines == want)


print("== expressions, Genshi's way")
expressions = ["x + 1", "[i * x for i in range(3)]", "{'k': x}['k'] * 2", "(x,\n x * 10)",
               "len(str(x)) if x else None", "lambda y: y + x"]
for source in expressions:
    compiled = compile(source, "tpl", "eval")
    chunk = genshi_chunk(compiled, "tpl", "<Expression %r>" % source, 40)
    value = eval(chunk, {"x": 7})
    if callable(value):
        value = value(1)
    print(repr(source), "->", value, chunk.co_name == "<Expression %r>" % source,
          chunk.co_filename, chunk.co_firstlineno, chunk.co_flags & 0x40 == 0x40 or "-")

print("== line numbers of template chunks")
chunks = (("1 / x", 12), ("(x +\n 1) / (x - x)", 30), ("(1 +\n\n 1 / x)", 7),
          ("{\n'a': 1,\n'b': x.missing}", 300), ("[\n1,\n2 / x]", 5000),
          ("(x,\n\n\n\n 1 / x)", 65), ("f(\n x,\n 1 / x)", 1))
for source, lineno in chunks:
    compiled = compile(source, "tpl", "eval")
    chunk = rebuild(compiled, "<Expression %r>" % source, lineno, portable_lnotab(compiled))
    shift = lineno - compiled.co_firstlineno
    print(repr(source), chunk.co_firstlineno == lineno,
          failing_lines(shift, eval, chunk, {"x": 0, "f": max}),
          failing_lines(shift, eval, chunk, {"x": 3, "f": max}))

print("== suites")
suite = compile("total = 0\nfor i in range(n):\n    total += i\n\nresult = total * 2\n"
                "check = 10 // (n - 4)\n", "page", "exec")
chunk = rebuild(suite, "<Suite 'total = 0 ...'>", 20, portable_lnotab(suite))
for n in (3, 4):
    namespace = {"n": n}
    print(n, failing_lines(20 - suite.co_firstlineno, exec, chunk, namespace),
          namespace.get("result"))


def with_handler(d, key):
    try:
        value = d[key]
    except KeyError:
        value = "missing"
    return value


def held(code):
    """The original code object is still held here, as Genshi holds it."""
    return rebuild(code, code.co_name, code.co_firstlineno, portable_lnotab(code))


handled = types.FunctionType(held(with_handler.__code__), globals())
print("try/except:", handled({"a": 1}, "a"), handled({}, "a"))

print("== closures")


def outer(factor):
    scale = factor * 2

    def inner(value):
        return value * scale + factor
    return inner


cell_code = rebuild(outer.__code__, "outer", outer.__code__.co_firstlineno,
                    portable_lnotab(outer.__code__))
print(cell_code.co_cellvars, cell_code.co_freevars)
new_outer = types.FunctionType(cell_code, globals(), "outer")
inner = new_outer(5)
print(inner(1), inner.__code__.co_freevars)
inner_code = rebuild(inner.__code__, "inner2", 77, portable_lnotab(inner.__code__))
inner2 = types.FunctionType(inner_code, globals(), "inner2", None, inner.__closure__)
print(inner2(3), inner_code.co_freevars, inner_code.co_cellvars)

print("== refusals")
fields = [0, 0, 0, 0, 2, 64, compile("None", "e", "eval").co_code, (None,), (), (), "f", "n",
          1, b"", (), ()]
for position, value in ((13, "not bytes"), (14, ["a"]), (15, ["b"])):
    args = list(fields)
    args[position] = value
    try:
        CodeType(*args)
    except TypeError as exc:
        print(position, exc)
