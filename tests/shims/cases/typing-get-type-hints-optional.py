"""Shim case typing-get-type-hints-optional: typing.get_type_hints() of functions and methods
whose parameters default to None, as old code relied on (dataclass-like validators, CLI
builders, dependency injection): the hint comes back as Optional[...], with string
annotations, keyword-only and positional parameters, hints already optional, Any, None, and
never for classes or for a wrapper's own parameters."""
import functools
import typing
from typing import Any, Optional, Union, get_type_hints

NoneType = type(None)


def name_of(hint):
    if hint is NoneType:
        return "NoneType"
    if hint is Any:
        return "Any"
    return getattr(hint, "__name__", None) or repr(hint)


def show(hints):
    shown = {}
    for key, hint in sorted(hints.items()):
        union = getattr(hint, "__origin__", None) is Union
        args = hint.__args__ if union else None
        shown[key] = [name_of(a) for a in args] if args else name_of(hint)
    return shown


def connect(host: str, port: int = None, *, timeout: "float" = None, retries: int = 3,
            proxy: Optional[str] = None, fallback: Union[str, None] = None,
            extra: Any = None, nothing: None = None, tag: "Tag" = None) -> bool:
    return True


class Tag:
    pass


class Service:
    endpoint: str = None

    def call(self, payload: dict = None, verbose: bool = False) -> None:
        pass


@functools.wraps(connect)
def traced(*args, **kwargs):
    return connect(*args, **kwargs)


print(show(get_type_hints(connect)))
print(show(get_type_hints(Service)))
print(show(get_type_hints(Service.call)))
print(show(get_type_hints(Service().call)))
print(show(get_type_hints(traced)))
print(get_type_hints(connect)["port"] == Optional[int])
print(get_type_hints(lambda value=None: value))
