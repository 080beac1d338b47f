"""Shim case pathlib-glob-doublestar-files: Path.glob() and Path.rglob() with a pattern whose
last part is "**" give directories only up to 3.12 (from 3.13 also the files below them),
whatever comes before the "**" and with a symlink to a directory in the tree; the patterns
that do not end in "**" are unchanged."""
import os
import pathlib
import tempfile
import warnings

warnings.simplefilter("ignore")

root = pathlib.Path(tempfile.mkdtemp())
for directory in ("a/b/c", "d", ".hidden"):
    (root / directory).mkdir(parents=True)
for file in ("top.txt", "a/one.txt", "a/b/two.py", "a/b/c/three.txt", "d/four.py",
             ".hidden/five"):
    (root / file).write_text(file)
os.symlink("a", str(root / "link"))


def show(paths):
    return sorted(p.relative_to(root).as_posix() for p in paths)


for pattern in ("**", "a/**", "*/**", "**/**", "a/b/**", "**/", "**/*", "**/*.py", "*",
                 "a/*/**"):
    print("glob", repr(pattern), show(root.glob(pattern)))
for pattern in ("**", "b/**", "*.txt", "*"):
    print("rglob", repr(pattern), show(root.rglob(pattern)))
print("subclass", show(pathlib.PosixPath(str(root / "a")).glob("**")))
print("all directories", all(p.is_dir() for p in root.glob("**")))
