"""Shim case inspect-signature-from-function: Signature.from_function() and
Signature.from_builtin() (deprecated since 3.5, removed in 3.11).

3.8-3.10 warn (DeprecationWarning, attributed to the caller) before checking the argument, so
calls that raise have warned too.  from_function() builds the signature from the code object:
it keeps `self` of a bound method and ignores __signature__ and __wrapped__.  Builtins are
limited to those whose __text_signature__ is the same on 3.8 and later releases.
"""
import functools
import inspect
import os
import sys
import warnings


def here():
    return sys._getframe(1).f_lineno


def f(a, b=1, *c, d, **e) -> int:
    pass


def plain(x, y=(1, 2)):
    pass


class K:
    def m(self, x):
        pass

    @classmethod
    def cm(cls, z=0):
        pass


@functools.wraps(plain)
def wrapper(*args, **kwargs):
    return plain(*args, **kwargs)


def overridden(q):
    pass


overridden.__signature__ = inspect.Signature()


class MySignature(inspect.Signature):
    pass


OBJECTS = [("f", f), ("plain", plain), ("K.m", K.m), ("K().m", K().m), ("K.cm", K.cm),
           ("lambda", lambda p, *q: 0), ("wrapper", wrapper), ("overridden", overridden),
           ("len", len), ("sum", sum), ("str.join", str.join), ("divmod", divmod),
           ("object.__init__", object.__init__),
           ("K", K), ("'text'", "text"),
           ("1", 1), ("partial", functools.partial(plain, 1))]


def describe(result):
    if isinstance(result, Exception):
        text = str(result)
        for label, obj in OBJECTS:
            text = text.replace(repr(obj), "<%s>" % label)
        return "%s: %s" % (type(result).__name__, text)
    return "%s %s" % (type(result).__name__, result)


for method in ("from_function", "from_builtin"):
    print("==", method)
    for cls in (inspect.Signature, MySignature):
        for label, obj in OBJECTS:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                try:
                    base = here(); result = getattr(cls, method)(obj)
                except (TypeError, ValueError) as exc:
                    result = exc
            where = [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename),
                      w.lineno - base) for w in caught]
            print(cls.__name__, label, "->", describe(result), where)

print("== details")
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    sig = inspect.Signature.from_function(f)
    print(list(sig.parameters), sig.return_annotation is int, sig == inspect.signature(f))
    print(sig.parameters["d"].kind, sig.parameters["b"].default)
    print(inspect.Signature.from_builtin(len) == inspect.signature(len))
print(callable(inspect.Signature.from_function), callable(inspect.Signature.from_builtin))
print(type(inspect.Signature.__dict__["from_function"]).__name__,
      type(inspect.Signature.__dict__["from_builtin"]).__name__)
print(inspect.Signature.from_function.__name__, inspect.Signature.from_builtin.__qualname__)
