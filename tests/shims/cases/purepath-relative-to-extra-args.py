"""Shim case purepath-relative-to-extra-args: PurePath.relative_to(*other) with several
arguments (removed in 3.14).

On 3.8 the arguments are joined into one path first (a later absolute one starts it over);
failures are ValueError (whose text changed in 3.12, so only the type is printed).  3.8 did
not warn.
"""
import pathlib

P = pathlib.PurePosixPath
print(repr(P("/a/b/c").relative_to("/a", "b")))
print(repr(P("/a/b/c").relative_to("/", "a")))
print(repr(P("/a/b/c/d").relative_to("/a", P("b"), "c")))
print(repr(P("x/y/z").relative_to("x", "y", "z")))
print(repr(P("/a/b").relative_to("/x", "/a")))
print(repr(pathlib.Path("a/b/c/d").relative_to("a", "b")))
print(repr(pathlib.PureWindowsPath("C:/a/b/c").relative_to("C:/", "a")))
print(repr(pathlib.PureWindowsPath("C:/A/b/c").relative_to("c:/a", "B")))
print(repr(P("/a/b").relative_to("/a")), repr(P("/a/b").relative_to(P("/"))))
for args in (("/a", "c"), ("a", "b"), ("/a/b", "c")):
    try:
        P("/a/b").relative_to(*args)
    except ValueError:
        print(args, "ValueError")


class Sub(type(pathlib.Path())):
    pass


result = Sub("/srv/app/static/css").relative_to("/srv", "app", "static")
print(type(result).__name__, result)
