"""Shims for the types module: types.CodeType(...) called with 3.8's positional arguments.

3.8 to 3.10 built a code object from

    (argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, codestring,
     constants, names, varnames, filename, name, firstlineno, lnotab[, freevars[, cellvars]])

3.11 put qualname after name and exceptiontable after the line table, and replaced the
lnotab (pairs of bytes: bytecode offset increment, signed line increment) by a location
table.  Old code (Genshi's template expressions, bytecode rewriters, old cloudpickle) still
calls the constructor the old way, with co_code and co_lnotab taken from a code object that
the running interpreter compiled, and fails with "code() argument 13 must be str, not int".

The code type cannot be changed or subclassed, so `types.CodeType` becomes a stand-in class
that forwards everything to the real type: calls (the old argument list adapted, any other
call passed through untouched), isinstance()/issubclass(), attribute reads (replace,
__doc__, __mro__, ...), ==, hash() (so tables keyed by the code type, such as copy's, still
find code objects).  It is served by a property of a module subclass put on the types
module, so the module's own namespace, which its functions see (types.coroutine() compares
a code object's class with CodeType by identity), keeps the real type.  What cannot follow:
`type(c) is types.CodeType` is False, and code that took the type some other way
(`type(f.__code__)(...)`, `from types import CodeType` before the compatibility version was
lowered) still gets the real constructor.  The stand-in's __module__ and __qualname__ are
"types" and "CodeType", so pickle and cloudpickle store it by reference (as cloudpickle
stored the real type); typing's reprs say "types.CodeType" where they said "code".

An old-style call is recognised only where the 3.11 signature cannot apply: 14 to 16
positional arguments, no keywords, and an int where 3.11 wants qualname.  It is then rebuilt
with qualname = name, nlocals = len(varnames) (3.8 took any nlocals, 3.11 refuses all but
that one), the lnotab turned into the running version's line table (no columns, as 3.8 had
none; every instruction gets the line the lnotab gave it), and an exception table: that of
the code object the bytecode came from when the caller still holds that object (its co_code
is the very bytes object passed), else none.  Without one, try/except, finally and with
blocks of the rebuilt code catch nothing: an exception leaves the code object as if no
handler were there (nothing worse: the interpreter does not crash).  When the held code
object is found and posonlyargcount exceeds argcount (Genshi passes nlocals there, which
3.12's inlined comprehensions made nonzero), its own counts are used.  Under a simulated
removal on 3.10 the lnotab becomes 3.10's line table; on 3.8 and 3.9 the call is unchanged.
"""
from _compat_engine import shim

_WHAT = "types.CodeType() with 3.8's positional arguments"
_CO_NAME, _CO_FIRSTLINENO, _CO_LNOTAB = 11, 12, 13


def _old_style(args, kwargs):
    """Whether a call can only mean 3.8's argument list: 3.11's refuses an int where it wants
    qualname (argument 13), which is where 3.8 had firstlineno."""
    return not kwargs and 14 <= len(args) <= 16 and isinstance(args[_CO_FIRSTLINENO], int)


def _check_old(args):
    """3.8's own refusals of the arguments whose place moved in 3.11."""
    for position, kind in ((_CO_LNOTAB, bytes), (_CO_LNOTAB + 1, tuple), (_CO_LNOTAB + 2, tuple)):
        if position < len(args) and not isinstance(args[position], kind):
            raise TypeError("code() argument %d must be %s, not %s"
                            % (position + 1, kind.__name__, type(args[position]).__name__))


def _line_runs(lnotab, firstlineno, units):
    """[(first code unit, end code unit, line)] from a 3.8 lnotab over `units` code units.

    The instruction at byte offset X is on line firstlineno plus the line increments of
    every pair whose running offset is <= X; the last line lasts to the end of the code."""
    starts = [(0, firstlineno)]
    offset, line = 0, firstlineno
    for i in range(0, len(lnotab) - 1, 2):
        offset += lnotab[i]
        step = lnotab[i + 1]
        if not step:
            continue
        line += step - 0x100 if step >= 0x80 else step
        unit = (offset + 1) // 2
        if unit == starts[-1][0]:
            starts[-1] = (unit, line)
        else:
            starts.append((unit, line))
    runs = []
    for k, (start, line) in enumerate(starts):
        end = min(starts[k + 1][0] if k + 1 < len(starts) else units, units)
        if end <= start:
            continue
        if runs and runs[-1][2] == line:
            runs[-1] = (runs[-1][0], end, line)
        else:
            runs.append((start, end, line))
    return runs


def _varint(value, out):
    # 6-bit groups, least significant first; bit 6 marks that another group follows.
    while value >= 0x40:
        out.append(0x40 | (value & 0x3F))
        value >>= 6
    out.append(value)


def _location_table(runs, firstlineno):
    """3.11+'s co_linetable for line-only runs: one "no column information" entry (kind
    13: start line as a signed delta from the previous entry's, end line the same, no
    columns) per at most 8 code units."""
    out = bytearray()
    previous = firstlineno
    for start, end, line in runs:
        delta = line - previous
        previous = line
        length = end - start
        while length:
            chunk = min(length, 8)
            out.append(0x80 | (13 << 3) | (chunk - 1))
            _varint((-delta << 1) | 1 if delta < 0 else delta << 1, out)
            delta = 0
            length -= chunk
    return bytes(out)


def _linetable_310(runs, firstlineno):
    """3.10's co_linetable (for a simulated removal on 3.10): pairs of (bytes covered,
    0..254; signed line increment, -127..127), a range's increment in its first pair."""
    out = bytearray()
    previous = firstlineno
    for start, end, line in runs:
        delta = line - previous
        previous = line
        while delta > 127 or delta < -127:
            step = 127 if delta > 0 else -127
            out += bytes((0, step & 0xFF))
            delta -= step
        size = 2 * (end - start)
        while size:
            chunk = min(size, 254)
            out += bytes((chunk, delta & 0xFF))
            delta = 0
            size -= chunk
    return bytes(out)


def _held_code(codestring, stacksize, code_type, sys):
    """A code object whose co_code is `codestring` itself, found among the locals of the
    caller or its caller (Genshi: `code.co_code` of the `code` it was handed): its exception
    table's offsets and stack depths describe exactly this bytecode.  None otherwise."""
    here = _held_code.__code__.co_filename
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename == here:
        frame = frame.f_back
    for _ in range(2):
        if frame is None:
            break
        try:
            values = list(frame.f_locals.values())
        except Exception:
            values = ()
        for value in values:
            if type(value) is code_type and value.co_code is codestring \
                    and stacksize >= value.co_stacksize:
                return value
        frame = frame.f_back
    return None


def _adapt(args, code_type, version):
    """3.8's argument list in the running version's terms."""
    import sys
    codestring, stacksize = args[6], args[4]
    units = len(codestring) // 2 if isinstance(codestring, bytes) else 0
    firstlineno = args[_CO_FIRSTLINENO]
    runs = _line_runs(args[_CO_LNOTAB], firstlineno, units)
    rest = tuple(args[_CO_LNOTAB + 1:])
    if version >= (3, 11):
        # 3.8 took any nlocals; 3.11 derives it from varnames and refuses any other value.
        if isinstance(args[3], int) and isinstance(args[9], tuple):
            args = args[:3] + (len(args[9]),) + args[4:]
        held = None
        if isinstance(stacksize, int) and isinstance(codestring, bytes):
            held = _held_code(codestring, stacksize, code_type, sys)
        table = b"" if held is None else held.co_exceptiontable
        if held is not None and isinstance(args[0], int) and isinstance(args[1], int) \
                and args[1] > args[0]:
            # More positional-only parameters than parameters: Genshi passes nlocals there,
            # 0 in expression code up to 3.11, 1 and more from 3.12 (comprehensions are
            # inlined); the code the bytecode came from has the real counts.
            args = (args[0], min(held.co_posonlyargcount, args[0]),
                    held.co_kwonlyargcount) + args[3:]
        return tuple(args[:_CO_NAME + 1]) + (
            args[_CO_NAME], firstlineno, _location_table(runs, firstlineno), table) + rest
    if version >= (3, 10):
        return tuple(args[:_CO_LNOTAB]) + (_linetable_310(runs, firstlineno),) + rest
    return tuple(args)


def _stand_in(code_type, call):
    """A class standing for `code_type` in the types module; calling it runs call(args,
    kwargs), everything else is the real type's."""
    own = {"__module__": "types", "__qualname__": "CodeType"}

    class _CodeTypeMeta(type):
        def __new__(meta, *args, **kwargs):
            raise TypeError("type 'code' is not an acceptable base type")

        def __call__(cls, *args, **kwargs):
            return call(args, kwargs)

        def __getattribute__(cls, name):
            if name in own:
                return own[name]
            if name == "__signature__":
                # inspect.signature() would otherwise describe __call__ above.
                import inspect
                try:
                    return inspect.signature(code_type)
                except (TypeError, ValueError):
                    raise AttributeError(name) from None
            return getattr(code_type, name)

        def __setattr__(cls, name, value):
            setattr(code_type, name, value)

        def __delattr__(cls, name):
            delattr(code_type, name)

        def __dir__(cls):
            return dir(code_type)

        def __repr__(cls):
            return repr(code_type)

        def __instancecheck__(cls, obj):
            if isinstance(obj, code_type):
                return True
            # A mock specced on types.CodeType claims the stand-in as its __class__.
            try:
                return obj.__class__ is cls
            except Exception:
                return False

        def __subclasscheck__(cls, sub):
            return sub is cls or issubclass(sub, code_type)

        def __eq__(cls, other):
            return other is cls or other is code_type

        def __ne__(cls, other):
            return not (other is cls or other is code_type)

        def __hash__(cls):
            return hash(code_type)

    _CodeTypeMeta.__module__ = "types"
    _CodeTypeMeta.__qualname__ = "_CodeTypeMeta"
    return type.__new__(_CodeTypeMeta, "code", (), {"__slots__": ()})


def _real_code_type():
    return type(_real_code_type.__code__)


def _install(types, stand_in):
    """Make `types.CodeType` (attribute reads, `from types import CodeType`) the stand-in,
    through a property of a module subclass put on the module, and leave the module's own
    namespace alone: the types module's functions (coroutine() compares a code object's
    class with CodeType by identity) keep seeing the real type."""
    cls = type(types)
    cell = cls.__dict__.get("_pythonc_code_type")
    if cell is not None:
        cell[0] = stand_in
        return
    cell = [stand_in]

    def get(module):
        return cell[0]

    def set(module, value):
        cell[0] = value

    def delete(module):
        raise AttributeError("CodeType")

    namespace = {"CodeType": property(get, set, delete), "_pythonc_code_type": cell,
                 "__module__": cls.__module__, "__qualname__": cls.__qualname__,
                 "__slots__": ()}
    types.__class__ = type(cls.__name__, (cls,), namespace)


@shim("codetype-ctor-qualname", removed_in="3.11",
      replacement="code.replace(...) or CodeType with 3.11's arguments (qualname, "
                  "exceptiontable)", kind="behaviour-change")
def _codetype_qualname(types, ctx):
    import sys
    code_type = _real_code_type()
    version = sys.version_info[:2]

    def call(args, kwargs):
        if not _old_style(args, kwargs):
            return code_type(*args, **kwargs)
        ctx.warn(_WHAT, stacklevel=2)
        _check_old(args)
        return code_type(*_adapt(args, code_type, version))

    _install(types, _stand_in(code_type, call))


@_codetype_qualname.hide
def _hide_codetype_qualname(types):
    code_type = _real_code_type()

    def call(args, kwargs):
        if _old_style(args, kwargs):
            if len(args) < 16:
                raise TypeError("code expected at least 16 arguments, got %d" % len(args))
            raise TypeError("code() argument 13 must be str, not %s"
                            % type(args[_CO_FIRSTLINENO]).__name__)
        return code_type(*args, **kwargs)

    _install(types, _stand_in(code_type, call))
