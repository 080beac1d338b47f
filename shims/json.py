"""Shims for the json module: json.loads(encoding=...) (removed in 3.9).

From 3.1 to 3.8 the keyword was accepted and ignored (str and bytes input decode the same way
without it); 3.9 passes it on to the decoder class, which rejects it. The shim wraps loads():
an `encoding` keyword warns (attributed to the caller of loads(), which is json/__init__.py
when it came through json.load(), as in 3.8) and is dropped; everything else goes unchanged to
the real loads(). The input type is checked first, as in 3.8, so a bad input raises without a
warning.
"""
from _compat_engine import shim


@shim("json-loads-encoding", removed_in="3.9",
      replacement="decode bytes yourself or pass bytes (encoding is auto-detected)",
      kind="parameter")
def _loads_encoding(json, ctx):
    real_loads = json.loads
    if getattr(real_loads, "_pythonc_encoding", False):
        return

    def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
              parse_constant=None, object_pairs_hook=None, **kw):
        if "encoding" in kw:
            if not isinstance(s, (str, bytes, bytearray)):
                raise TypeError("the JSON object must be str, bytes or bytearray, not %s"
                                % s.__class__.__name__)
            ctx.warn("the 'encoding' argument of json.loads()",
                     instead="json.loads() without it (bytes are decoded automatically)",
                     stacklevel=1)
            del kw["encoding"]
        return real_loads(s, cls=cls, object_hook=object_hook, parse_float=parse_float,
                          parse_int=parse_int, parse_constant=parse_constant,
                          object_pairs_hook=object_pairs_hook, **kw)

    loads.__module__ = real_loads.__module__
    loads.__doc__ = real_loads.__doc__
    loads.__wrapped__ = real_loads
    loads._pythonc_encoding = True
    json.loads = loads


@_loads_encoding.hide
def _hide_loads_encoding(json):
    # As 3.9: the keyword reaches the decoder class, which has no such parameter.
    real_loads = json.loads

    def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
              parse_constant=None, object_pairs_hook=None, **kw):
        if "encoding" in kw:
            if not isinstance(s, (str, bytes, bytearray)):
                raise TypeError("the JSON object must be str, bytes or bytearray, not %s"
                                % s.__class__.__name__)
            raise TypeError("__init__() got an unexpected keyword argument 'encoding'")
        return real_loads(s, cls=cls, object_hook=object_hook, parse_float=parse_float,
                          parse_int=parse_int, parse_constant=parse_constant,
                          object_pairs_hook=object_pairs_hook, **kw)

    loads.__doc__ = real_loads.__doc__
    json.loads = loads
