"""Shims for the array module: array.tostring() / array.fromstring() (removed in 3.9).

array.array is a C type that refuses new attributes. A subclass swapped into array.array would
miss every array made elsewhere (pickle, copy, slicing, C code) and change type(); instead the
two methods are added to the type's own namespace, so every array has them and nothing else
changes. As in 3.8:
- tostring() warns and returns tobytes(); 3.8 attributed the warning one frame further out than
  the line calling the method (its caller's caller), and so does the shim;
- fromstring(s) takes a bytes-like object or a str (encoded as UTF-8), checks its argument
  first (a TypeError for anything else, without a warning), warns, then appends as frombytes().
Both call the array type's own tobytes()/frombytes(), not a subclass's override, as the C
methods did, and refuse keyword arguments and wrong argument counts with 3.8's messages.
"""
from _compat_engine import shim, type_setattr

_METHODS = ("tostring", "fromstring")


@shim("array-tostring-fromstring", removed_in="3.9", replacement="tobytes() / frombytes()",
      kind="alias")
def _tostring_fromstring(array, ctx):
    cls = array.array
    if any(name in vars(cls) for name in _METHODS):
        return
    tobytes = cls.tobytes
    frombytes = cls.frombytes

    def tostring(self, *args, **kwargs):
        """Convert the array to an array of machine values and return the bytes representation.

        This method is deprecated. Use tobytes instead."""
        if kwargs:
            raise TypeError("tostring() takes no keyword arguments")
        if args:
            raise TypeError("tostring() takes no arguments (%d given)" % len(args))
        ctx.warn("array.array.tostring()", instead="array.array.tobytes()", stacklevel=2)
        return tobytes(self)

    def fromstring(self, *args, **kwargs):
        """Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method).

        This method is deprecated. Use frombytes instead."""
        if kwargs:
            raise TypeError("fromstring() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError("fromstring() takes exactly one argument (%d given)" % len(args))
        data = args[0]
        if isinstance(data, str):
            data = data.encode("utf-8")
        else:
            try:
                memoryview(data).release()
            except TypeError:
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(data).__name__) from None
        ctx.warn("array.array.fromstring()", instead="array.array.frombytes()", stacklevel=2)
        return frombytes(self, data)

    for function in (tostring, fromstring):
        function.__qualname__ = "array." + function.__name__
        function.__module__ = array.__name__
    ctx.restore(cls, "tostring", tostring)
    ctx.restore(cls, "fromstring", fromstring)


@_tostring_fromstring.hide
def _hide_tostring_fromstring(array):
    for name in _METHODS:
        if name in vars(array.array):
            type_setattr(array.array, name)
