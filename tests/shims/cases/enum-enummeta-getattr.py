"""Shim case enum-enummeta-getattr: EnumMeta.__getattr__, called as metaclasses that extend
it did (super().__getattr__), and directly: members, missing names, dunder and sunder names,
members named like the member properties; plain attribute access still works."""
import enum
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    name = 3


class Aliases(enum.EnumMeta):
    """A metaclass adding lower-case aliases on top of EnumMeta's lookup."""

    def __getattr__(cls, attr):
        try:
            return super().__getattr__(attr.upper())
        except AttributeError:
            return super().__getattr__(attr)


class Mode(enum.Enum, metaclass=Aliases):
    READ = "r"
    WRITE = "w"


for attr in ("RED", "GREEN", "name", "BLUE", "__members__", "__nope__", "_sunder_", "value"):
    try:
        print(attr, repr(enum.EnumMeta.__getattr__(Color, attr)))
    except Exception as exc:
        print(attr, type(exc).__name__, exc.args)

for attr in ("read", "WRITE", "write", "append"):
    try:
        print("Mode." + attr, repr(getattr(Mode, attr)))
    except AttributeError as exc:
        print("Mode." + attr, "AttributeError", exc.args)
print(Color.RED, Color.name, Color["GREEN"], list(Color))
try:
    Color.BLUE
except AttributeError as exc:
    print("Color.BLUE AttributeError", exc.args)
print("__getattr__" in vars(enum.EnumMeta))
