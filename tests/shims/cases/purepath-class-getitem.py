"""Shim case purepath-class-getitem: PurePath[...] subscription (removed in 3.11).

It exists only in 3.9 and 3.10 (added by mistake), so this case is recorded on 3.10: the
subscription gives back the class itself, whatever the subscript, on every pathlib class.
3.10 did not warn.
"""
import pathlib
from typing import List

print(pathlib.PurePath[str].__name__, pathlib.Path[str].__name__, pathlib.PurePosixPath[int, str].__name__,
      type(pathlib.PurePath[str]).__name__)
print(pathlib.PurePath[str] is pathlib.PurePath, pathlib.PosixPath[bytes] is pathlib.PosixPath,
      pathlib.PureWindowsPath["x"] is pathlib.PureWindowsPath)


def paths(items: List[pathlib.Path[str]]) -> pathlib.PurePath[str]:
    return items[0]


print(paths.__annotations__["return"].__name__, paths.__annotations__["items"].__args__[0].__name__)
alias = pathlib.Path[str]
print(alias("a", "b"), type(alias("a")).__name__ == type(pathlib.Path()).__name__)


class MyPath(pathlib.PurePosixPath):
    pass


print(MyPath[int] is MyPath, MyPath[int]("x"))
try:
    pathlib.PurePath()[0]
except TypeError:
    print("instances are not subscriptable")
