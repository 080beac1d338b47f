"""Shim case purepath-relative-to-extra-args: PurePath.is_relative_to(*other) with several
arguments (removed in 3.14).

is_relative_to() is new in 3.9, so this case is recorded on 3.11 (which did not warn about
several arguments): they are joined into one path first.
"""
import pathlib

P = pathlib.PurePosixPath
print(P("/a/b/c").is_relative_to("/a", "b"), P("/a/b/c").is_relative_to("/a", "x"))
print(P("/a/b/c").is_relative_to("/", "a", "b", "c"), P("/a/b").is_relative_to("/x", "/a"))
print(pathlib.Path("a/b/c").is_relative_to("a", "b"), pathlib.Path("a/b/c").is_relative_to("b", "c"))
print(pathlib.PureWindowsPath("C:/a/b").is_relative_to("C:/", "A"))
print(P("/a/b").is_relative_to("/a"), P("/a/b").is_relative_to("/b"))
