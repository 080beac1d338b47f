"""Shim case configparser-legacyinterpolation: configparser.LegacyInterpolation (removed in
3.13).

3.8: an Interpolation whose before_get() repeats value % section-values while the value holds
"%(", at most MAX_INTERPOLATION_DEPTH (10) times, "%(name)s" keys going through optionxform()
first; unknown keys raise InterpolationMissingOptionError, endless chains
InterpolationDepthError, "%%" and lone "%" are left alone when nothing is interpolated.
before_set() accepts anything. 3.8 did not warn, so warnings are not printed.
"""
import configparser
import warnings

warnings.simplefilter("ignore")

L = configparser.LegacyInterpolation
print(issubclass(L, configparser.Interpolation), "LegacyInterpolation" in configparser.__all__)


def use(text, **get_kw):
    parser = configparser.ConfigParser(interpolation=L())
    parser.read_string(text)
    out = []
    for section in parser.sections():
        for option in parser.options(section):
            try:
                out.append((option, parser.get(section, option, **get_kw)))
            except (configparser.Error, ValueError) as exc:
                out.append((option, type(exc).__name__, str(exc)))
    return out


CASES = [
    "[a]\nx = 1\ny = %(x)s/2\nz = %%\n", "[a]\nx = %(y)s\ny = %(x)s\n", "[a]\nx = %(missing)s\n",
    "[a]\nx = 100%\n", "[a]\nX = 1\ny = %(X)s\n", "[a]\nn = 5\nx = %(n)s%%\n",
    "[a]\nn = 5\nx = %(n)s%\n", "[a]\nx = %(\n", "[a]\nx = %(a)s %(b)s\na = A\nb = %(a)s\n",
    "[DEFAULT]\nd = D\n[a]\nx = %(d)s\n", "[a]\nx = %(Y)s\ny = yy\n", "[a]\nx = %(n)5s|\nn = ab\n",
    "[a]\nx = %(n)r\nn = ab\n", "[a]\nx = %(N)r\nn = ab\n", "[a]\nx = %s\n",
    "[a]\nx = %(n)s\nn = 50%\n", "[a]\nx = %(n)s\nn = %(m)s\nm = 50%%\n",
    "[a]\nx = %(n)s %%(n)s\nn = N\n", "[a]\nx = %(a b)s\na b = sp\n",
    "[a]\nx = %(n)s\nn = %(o)s\no = %(p)s\np = %(q)s\nq = %(r)s\nr = %(s)s\ns = %(t)s\n"
    "t = %(u)s\nu = %(v)s\nv = %(w)s\nw = %(y)s\ny = end\n",
]
for text in CASES:
    print(repr(text), use(text))
print(use("[a]\nx = %(v)s\n", vars={"v": "from vars"}))
print(use("[a]\nx = %(v)s\n", raw=True))

parser = configparser.ConfigParser(interpolation=L())
parser.read_string("[a]\n")
for value in ["50%", "%(x)s", "%%", "a%(", 5]:
    try:
        parser.set("a", "v", value)
        print(repr(value), repr(parser.get("a", "v", raw=True)))
    except TypeError as exc:
        print(repr(value), "TypeError", exc)
interpolation = L()
print(interpolation.before_set(parser, "a", "o", "val%"), interpolation.before_read(parser, "a", "o", "r%"),
      interpolation.before_write(parser, "a", "o", "w%"))
for value, values in [("%(k)s", {"k": "K"}), ("%(k)s", {}), ("%(k)s", {"k": "%(j)s", "j": "J"}),
                      ("plain %%", {"k": "K"}), ("plain %(k)s %%", {"k": "K"}), ("%(K)s", {"k": "K"}),
                      ("%(k)s", {"k": 5}), ("%(k)s", {"k": "%(k)s"}), ("", {}), (None, {}),
                      ("%(a)s%(B)d", {"a": "x", "b": 3}), ("%(N)s)s", {"n": "x"})]:
    try:
        print(repr(value), repr(interpolation.before_get(parser, "s", "o", value, values)))
    except configparser.Error as exc:
        print(repr(value), type(exc).__name__, exc.args)


class Upper(configparser.ConfigParser):
    def optionxform(self, name):
        return name.upper()


print(repr(interpolation.before_get(Upper(), "s", "o", "%(abc)s", {"ABC": 1})))
