"""Shim case re-global-flags-position: global inline flags such as (?i) not at the start of
the pattern (an error since 3.11).

3.6-3.10 accepted them with a DeprecationWarning attributed to the caller of the re
function, and applied the flags to the whole pattern. Patterns are cached after a successful
compilation, so only the first compilation of a pattern warns (re.purge() forgets them);
a verbose flag in the middle makes the parser start again, warning again for the groups it
had met. Pattern.pattern keeps the text as written.
"""
import re
import sys
import warnings


def here():
    return sys._getframe(1).f_lineno


def where(caught, base):
    return [(issubclass(w.category, DeprecationWarning), w.lineno - base) for w in caught]


def attempt(call):
    try:
        return call()
    except re.error as exc:
        return "re.error: %s" % exc


PATTERNS = ["a(?i)b", "(?i)a(?m)b", "abc(?x) d e", "x(?s).", "(a(?i)b)", "a|(?i)b",
            "0123456789012345678901234(?i)x", "a(?u)b", "a(?a)b", "a(?i)b(", "a(?ix)b c",
            "a(?i)b(?m)c", "(?x) a (?i) b", "a(?x)b(?i)c", "a(?i)b(?x)c", "(?i)a(?x)b",
            "a(?s)b(?x)c(?m)d", "^(?P<key>\\w+)(?i)=(?P<val>X+)$", "[(?i)]", "a(?i:b)",
            "(?i)(?m)x", "a(?-i)b", "a(?L)b"]

print("== compile: warns once per compilation, flags apply globally")
for pattern in PATTERNS:
    re.purge()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here()
        compiled = attempt(lambda: re.compile(pattern))
        again = attempt(lambda: re.compile(pattern))
    if isinstance(compiled, str):
        print(repr(pattern), compiled, where(caught, base))
        continue
    print(repr(pattern), compiled.pattern == pattern, compiled.flags, compiled.groups,
          sorted(compiled.groupindex.items()), compiled is again, where(caught, base))

print("== matching")
re.purge()
SUBJECTS = ["AB", "ab", "aB", "x\ny", "abc", "a\nb", "KEY=xxx", "X", "abCD"]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here()
    for pattern in ("a(?i)b", "x(?s).y", "^(?P<key>\\w+)(?i)=(?P<val>X+)$", "ab(?x) c d",
                    "a(?i)bcd", "(?m)a$(?i)"):
        print(repr(pattern), [bool(re.match(pattern, s)) for s in SUBJECTS])
    m = re.match("^(?P<key>\\w+)(?i)=(?P<val>X+)$", "KEY=xxx")
    print(m.group("key", "val"), m.span("val"), m.re.pattern)
print(where(caught, base))

print("== module functions compile once")
re.purge()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here()
    print(re.findall("q(?i)x", "qX qx QX"))
    print(re.sub("q(?i)x", "-", "qX qx QX"))
    print(re.split("c(?i)x", "acxbcXc"))
    print(re.subn("q(?i)x", "-", "qX"), bool(re.search("q(?i)x", "zzQX")))
    print(bool(re.fullmatch("z(?i)z", "zZ")), [m.group() for m in re.finditer("z(?i)z", "zz zZ")])
    print(re.escape("a(?i)b") == re.escape("a(?i)b"))
print(where(caught, base))

print("== bytes and flags arguments")
re.purge()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here()
    print(bool(re.compile(b"a(?i)b").match(b"aB")))
    print(re.compile(b"a(?L)b").flags)
    print(re.compile("a(?x)b c", re.VERBOSE).flags, re.compile("a(?x) b c", re.I).flags)
    print(re.compile("a(?m)b", re.I | re.S).flags)
print(where(caught, base))

print("== errors after the group keep their positions")
re.purge()
for pattern in ("a(?i)b(", "a(?i)b)", "a(?i)[b", "ab(?i)\\", "a(?i)(?P<x>b)(?P<x>c)",
                "(?i)a(?m)b(?q)"):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here()
        print(repr(pattern), attempt(lambda: re.compile(pattern)), where(caught, base))


def compile_in_library(pattern):
    return re.compile(pattern)


print("== attribution is the caller of the re function")
re.purge()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here()
    compile_in_library("lib(?i)rary")
print(where(caught, base))
