"""Shims for the io modules: _pyio.OpenWrapper (deprecated in 3.10, removed in 3.12).

Up to 3.9 _pyio.OpenWrapper was a class whose instantiation opened a file with _pyio.open():
unlike a plain function it could be stored as a class attribute and called through an
instance without being bound (3.10 and 3.11 made it a staticmethod of open() for the same
reason).  Taking it from _pyio warns.

io.OpenWrapper (the C open() itself, up to 3.11) is not restored here: `io` is imported by
every start-up, so a shim for it must be written in C (see docs/design.md).
"""
from _compat_engine import shim


@shim("io-openwrapper", target=("_pyio",), removed_in="3.12", replacement="open() / io.open()",
      kind="alias")
def _open_wrapper(pyio, ctx):
    made = []

    def make():
        if made:
            return made[0]

        class OpenWrapper:
            """Calling it opens a file with _pyio.open() (same arguments, same result).

            A class rather than a function so that, stored as a class attribute, it is not
            turned into a bound method."""

            def __new__(cls, *args, **kwargs):
                return pyio.open(*args, **kwargs)

        OpenWrapper.__module__ = pyio.__name__
        made.append(OpenWrapper)
        return OpenWrapper

    ctx.alias(pyio, "OpenWrapper", make, what="_pyio.OpenWrapper", instead="_pyio.open()")


@_open_wrapper.hide
def _hide_open_wrapper(pyio):
    pyio.__dict__.pop("OpenWrapper", None)
    # 3.10 and 3.11 served it through a module __getattr__ that warns.
    getter = pyio.__dict__.get("__getattr__")
    if getter is not None:
        def __getattr__(name):
            if name == "OpenWrapper":
                raise AttributeError("module %r has no attribute %r" % (pyio.__name__, name))
            return getter(name)
        pyio.__getattr__ = __getattr__
