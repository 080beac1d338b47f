"""Shim case pathlib-link-to: pathlib.Path.link_to(target) (removed in 3.12).

On 3.8, p.link_to(target) makes target a hard link to p (the reverse order of the later
hardlink_to()) and returns None; failures are os.link()'s OSErrors, naming both paths.
3.8 did not warn.  Runs in a fresh temporary directory and prints relative names only.
"""
import os
import pathlib
import tempfile

with tempfile.TemporaryDirectory() as directory:
    os.chdir(directory)
    source = pathlib.Path("source.txt")
    source.write_text("payload")
    print(source.link_to("link-a"), source.stat().st_nlink)
    print(source.link_to(pathlib.Path("link-b")), source.stat().st_nlink)
    pathlib.Path("sub").mkdir()
    print(pathlib.Path("sub/../source.txt").link_to(pathlib.PurePath("sub", "link-c")))
    print(sorted(p.name for p in pathlib.Path(".").rglob("*")))
    print(os.path.samefile("source.txt", "link-a"), pathlib.Path("sub/link-c").read_text())
    for make in (lambda: source.link_to("link-a"),
                 lambda: pathlib.Path("missing").link_to("link-d"),
                 lambda: source.link_to("no-such-dir/link-e")):
        try:
            make()
        except OSError as exc:
            print(type(exc).__name__, exc.errno, exc.strerror, exc.filename, exc.filename2)
    try:
        source.link_to()
    except TypeError as exc:
        print("TypeError:", str(exc).split("()")[-1])
    print(hasattr(pathlib.Path, "link_to"), hasattr(pathlib.PurePath, "link_to"),
          callable(source.link_to), pathlib.Path.link_to.__name__)
    os.chdir(os.path.dirname(directory))
