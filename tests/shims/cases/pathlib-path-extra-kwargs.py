"""Shim case pathlib-path-extra-kwargs: pathlib.Path(..., **kwargs) (removed in 3.14).

On 3.8, Path() and its concrete subclasses silently ignore keyword arguments; the pure classes
refuse them (TypeError).  3.8 did not warn.
"""
import pathlib

print(repr(pathlib.Path("a", "b", template=True, encoding="utf-8")))
print(repr(pathlib.Path(mode=0o644)), repr(pathlib.Path("/etc", strict=False)))
concrete = type(pathlib.Path())
print(repr(concrete("c", flag=1)), type(pathlib.Path("d", x=1)).__name__ == concrete.__name__)


class Project(concrete):
    pass


print(repr(Project("p", "q", root="/")), type(Project("p", anything=None)).__name__)
for cls in (pathlib.PurePath, pathlib.PurePosixPath, pathlib.PureWindowsPath):
    try:
        cls("pure", flag=1)
    except TypeError:
        print(cls.__name__, "TypeError")
try:
    pathlib.Path("a", **{"": 1})
    print("empty keyword ignored")
except TypeError:
    print("TypeError for an empty keyword")
print(pathlib.Path("a", x=1) == pathlib.Path("a"), pathlib.Path("a", x=1) / "b")
