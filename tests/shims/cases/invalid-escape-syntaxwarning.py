"""Shim case invalid-escape-syntaxwarning: old source with invalid escapes ("\d" in a regex
written without r"", "\." in a path pattern, b"\d", an octal escape above \377) compiles
without a word on stderr, as on 3.8, where these were DeprecationWarnings, hidden by default;
a program that turns warnings into errors still gets a SyntaxError for "\d", as on 3.8."""
import io
import sys
import warnings

BACKSLASH = "\\"
SOURCES = [
    ("regex", "import re\nFOUND = re.findall('%sd+', 'a1b22')\n" % BACKSLASH),
    ("path", "PATTERN = '*%s.txt'\n" % BACKSLASH),
    ("bytes", "DATA = b'%sd'\n" % BACKSLASH),
    ("octal", "TEXT = '%s400'\n" % BACKSLASH),
]


def compile_quietly(name, source):
    captured, saved = io.StringIO(), sys.stderr
    sys.stderr = captured
    try:
        code = compile(source, "legacy_%s.py" % name, "exec")
    finally:
        sys.stderr = saved
    namespace = {}
    exec(code, namespace)
    values = {k: v for k, v in namespace.items() if k.isupper()}
    return values, captured.getvalue()


for name, source in SOURCES:
    values, said = compile_quietly(name, source)
    print(name, values, "stderr:", repr(said))

for name, source in SOURCES[:3]:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(source, "legacy_%s.py" % name, "exec")
        except SyntaxError as exc:
            print(name, "under an error filter:", type(exc).__name__, exc.lineno)
        else:
            print(name, "under an error filter: compiled")
