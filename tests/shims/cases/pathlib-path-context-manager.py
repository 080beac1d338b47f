"""Shim case pathlib-path-context-manager: `with Path(...) as p:` (removed in 3.13).

On 3.8 a Path is its own context manager: __enter__ returns the path itself and __exit__
returns None (exceptions propagate).  (3.8 also marked the object closed for some I/O methods
afterwards; 3.9 made it a no-op, and this case does not touch that.)  3.8 did not warn.
"""
import pathlib
import tempfile

with pathlib.Path("some", "dir") as path:
    print(path, type(path).__name__ == type(pathlib.Path()).__name__)
print(path, path.parts, path.name)

with tempfile.TemporaryDirectory() as directory:
    base = pathlib.Path(directory)
    with base as entered:
        print(entered is base, entered.is_dir())
    (base / "f.txt").write_text("text")
    with base / "f.txt" as file_path:
        print(file_path.name, file_path.exists())
    print(file_path.exists(), file_path.stat().st_size, base.exists())

try:
    with pathlib.Path("x") as p:
        raise KeyError("inside")
except KeyError as exc:
    print("KeyError propagated:", exc)

p = pathlib.Path("y")
print(p.__enter__() is p, p.__exit__(None, None, None), p.__exit__(ValueError, ValueError("v"), None))
print(hasattr(pathlib.Path, "__enter__"), hasattr(pathlib.Path, "__exit__"),
      hasattr(pathlib.PurePath, "__enter__"))
try:
    with pathlib.PurePath("pure"):
        pass
except (AttributeError, TypeError):
    print("PurePath is no context manager")
