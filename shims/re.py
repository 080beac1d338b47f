"""Shims for the re module, written from the documentation and from the observed behaviour
of 3.8 to 3.11.

- re-global-flags-position (removed 3.11): a global inline flag group such as "(?i)" that is
  not at the start of the pattern. Up to 3.10 it warned and applied to the whole pattern;
  3.11 raises re.error("global flags not at the start of the expression"). The shim wraps
  the pattern parser (re._parser.parse, looked up by the compiler at each compilation): on
  that error it moves the offending group to the front (every other character keeps its
  position, so later error positions are unchanged), warns, and parses again; the compiled
  pattern keeps the text it was given (Pattern.pattern is unchanged). As on 3.8, compiled
  patterns are cached, so a pattern warns when it is compiled, not at each use; a verbose
  flag ("x") met in the middle warns again for the groups before it, as 3.8's re-parse did.
"""
import sys

from _compat_engine import shim

_ERROR = "global flags not at the start of the expression"
_FLAG_LETTERS = "aiLmsux"
_INTERNAL = frozenset(("re", "re._compiler", "re._parser", "re._casefix", "sre_compile",
                       "sre_parse", __name__))


def _caller_level():
    """How many frames above the parse wrapper the first frame outside re is (1: the frame
    that called the wrapper)."""
    frame = sys._getframe(2)
    level = 1
    while frame is not None and frame.f_globals.get("__name__") in _INTERNAL:
        frame = frame.f_back
        level += 1
    return level


def _text(pattern):
    return pattern.decode("latin-1") if isinstance(pattern, (bytes, bytearray)) else pattern


def _flag_group(text, pos):
    """(end, letters) of the "(?letters)" group at pos, or None."""
    if text[pos:pos + 2] != "(?":
        return None
    end = pos + 2
    while end < len(text) and text[end] in _FLAG_LETTERS:
        end += 1
    if end == pos + 2 or end >= len(text) or text[end] != ")":
        return None
    return end + 1, text[pos + 2:end]


def _leading_letters(text):
    """The global flag letters at the very start of the pattern (where they are allowed)."""
    letters, pos = "", 0
    while True:
        group = _flag_group(text, pos)
        if group is None:
            return letters
        pos, more = group
        letters += more


@shim("re-global-flags-position", removed_in="3.11",
      replacement="move the flag to the start or use a scoped group (?i:...)",
      kind="behaviour-change")
def _global_flags(re, ctx):
    parser = re.__dict__.get("_parser") or sys.modules.get("sre_parse")
    original = parser.parse
    if getattr(original, "_pythonc_flags", False):
        return
    error = re.error
    verbose_flag = re.VERBOSE

    def parse(str, flags=0, *args, **kwargs):
        try:
            return original(str, flags, *args, **kwargs)
        except error as exc:
            if _ERROR not in exc.msg or exc.pos is None or not isinstance(
                    str, (type(""), bytes)):
                raise
            failure = exc
        pattern = str
        verbose = bool(flags & verbose_flag) or "x" in _leading_letters(_text(pattern))
        moved = 0
        level = _caller_level()
        what = "a global inline flag not at the start of the expression %r%s" % (
            str[:20], " (truncated)" if len(str) > 20 else "")
        while True:
            text = _text(pattern)
            group = _flag_group(text, failure.pos)
            if group is None or moved > len(text):
                raise failure
            end, letters = group
            pattern = pattern[failure.pos:end] + pattern[:failure.pos] + pattern[end:]
            warnings = 1
            if "x" in letters and not verbose:
                # 3.10 and older restarted in verbose mode here, warning again for the
                # groups met so far.
                verbose = True
                warnings += moved + 1
            moved += 1
            for _ in range(warnings):
                ctx.warn(what, stacklevel=level)
            try:
                return original(pattern, flags, *args, **kwargs)
            except error as exc:
                if _ERROR not in exc.msg or exc.pos is None:
                    raise
                failure = exc

    parse.__name__ = parse.__qualname__ = "parse"
    parse.__module__ = original.__module__
    parse.__doc__ = original.__doc__
    parse.__wrapped__ = original
    parse._pythonc_flags = True
    parser.parse = parse


def _first_misplaced(text):
    """Position of the first global flag group after the start of the pattern, found by a
    simple scan (escapes and character sets skipped), or None."""
    pos = 0
    while True:                                   # the groups allowed at the start
        group = _flag_group(text, pos)
        if group is not None:
            pos = group[0]
        elif text.startswith("(?#", pos) and text.find(")", pos) >= 0:
            pos = text.find(")", pos) + 1
        else:
            break
    in_set = False
    while pos < len(text):
        char = text[pos]
        if char == "\\":
            pos += 2
            continue
        if in_set:
            if char == "]":
                in_set = False
        elif char == "[":
            in_set = True
            pos += 1
            if text.startswith("^", pos):
                pos += 1
            if text.startswith("]", pos):
                pos += 1
            continue
        elif _flag_group(text, pos) is not None:
            return pos
        pos += 1
    return None


@_global_flags.hide
def _hide_global_flags(re):
    """3.11's refusal on 3.8 to 3.10 (simulated removal): a pattern that makes their parser
    warn "Flags not at the start" raises 3.11's error instead."""
    parser = sys.modules.get("sre_parse")
    if parser is None or getattr(parser.parse, "_pythonc_refusing", False):
        return
    original = parser.parse
    error = re.error

    def parse(str, flags=0, *args, **kwargs):
        import warnings
        failure = None
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                result = original(str, flags, *args, **kwargs)
            except error as exc:
                failure = exc
        misplaced = [w for w in caught if "Flags not at the start" in type("")(w.message)]
        if misplaced:
            pos = _first_misplaced(_text(str))
            raise error(_ERROR, str, pos if pos is not None else 0)
        for w in caught:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
        if failure is not None:
            raise failure
        return result

    parse._pythonc_refusing = True
    parser.parse = parse
    re.purge()
