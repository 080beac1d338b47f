"""Shims for the plistlib module: the pre-3.4 API removed in 3.9.

- readPlist(pathOrFile), writePlist(value, pathOrFile), readPlistFromBytes(data) and
  writePlistToBytes(value): each call warns (attributed to the caller, as in 3.8), then reads
  or writes as load()/dump() do, the readers giving Data objects for <data>, as they did.
- plistlib.Data: the old wrapper of binary data (bytes only; equal to a Data of the same
  bytes, or to those bytes; asBase64() / fromBase64()). Reaching it through the module warns.
- load()/loads() take use_builtin_types= again (False: <data> becomes Data) and dump()/dumps()
  write Data values again (exactly as bytes, which is what 3.8 wrote).
"""
from _compat_engine import shim

_FUNCTIONS = ("readPlist", "writePlist", "readPlistFromBytes", "writePlistToBytes")
_OLD_ALL = _FUNCTIONS + ("Data",)


def _make_data_class(module_name):
    import binascii

    class Data:
        """
        Wrapper for binary data.

        This class is deprecated, use a bytes object instead.
        """

        def __init__(self, data):
            if not isinstance(data, bytes):
                raise TypeError("data must be as bytes")
            self.data = data

        @classmethod
        def fromBase64(cls, data):
            return cls(binascii.a2b_base64(data))

        def asBase64(self, maxlinelength=76):
            chunk = (maxlinelength // 4) * 3
            return b"".join(binascii.b2a_base64(self.data[start:start + chunk])
                            for start in range(0, len(self.data), chunk))

        def __eq__(self, other):
            if isinstance(other, self.__class__):
                return self.data == other.data
            if isinstance(other, bytes):
                return self.data == other
            return NotImplemented

        def __repr__(self):
            return "%s(%s)" % (self.__class__.__name__, repr(self.data))

    Data.__module__ = module_name
    return Data


def _has_data(value, data_class, seen):
    """Whether a Data object is anywhere inside value (a plist value)."""
    if isinstance(value, data_class):
        return True
    if isinstance(value, (list, tuple, dict)):
        if id(value) in seen:
            return False
        seen.add(id(value))
        items = value.values() if isinstance(value, dict) else value
        return any(_has_data(item, data_class, seen) for item in items)
    return False


def _data_to_bytes(value, data_class, memo):
    """value with every Data replaced by its bytes; a container shared in value stays shared
    (the binary format writes it once), one without Data is kept as it is."""
    if isinstance(value, data_class):
        return value.data
    if not isinstance(value, (list, tuple, dict)):
        return value
    done = memo.get(id(value))
    if done is not None:
        return done
    if isinstance(value, dict):
        copy = {}
        memo[id(value)] = copy
        for key, item in value.items():
            copy[key] = _data_to_bytes(item, data_class, memo)
        return copy
    if isinstance(value, list):
        copy = []
        memo[id(value)] = copy
        copy.extend(_data_to_bytes(item, data_class, memo) for item in value)
        return copy
    return tuple(_data_to_bytes(item, data_class, memo) for item in value)


def _bytes_to_data(value, data_class):
    """Replace, in place, the bytes inside a loaded plist by Data objects."""
    if isinstance(value, bytes):
        return data_class(value)
    if isinstance(value, list):
        for index, item in enumerate(value):
            value[index] = _bytes_to_data(item, data_class)
    elif hasattr(value, "items") and hasattr(value, "__setitem__"):
        for key, item in list(value.items()):
            value[key] = _bytes_to_data(item, data_class)
    return value


@shim("plistlib-legacy-api", removed_in="3.9",
      replacement="plistlib.load/loads/dump/dumps (bytes instead of Data)", kind="function")
def _legacy_api(plistlib, ctx):
    from sys import _getframe
    namespace = plistlib.__dict__
    real = {name: namespace[name] for name in ("load", "loads", "dump", "dumps")}
    if getattr(real["load"], "_pythonc_plistlib", False):
        return
    Data = namespace.get("Data")
    # (A simulated removal on a runtime whose own reader and writer still refer to the global
    # Data leaves a placeholder there: it is replaced by the restored class, unannounced.)
    hidden = getattr(Data, "_pythonc_hidden", False)
    restore_data = hidden or not isinstance(Data, type)
    if restore_data:
        Data = _make_data_class(plistlib.__name__)
        if hidden:
            namespace["Data"] = Data

    def plain(value):
        if _has_data(value, Data, set()):
            return _data_to_bytes(value, Data, {})
        return value

    def load(fp, *, fmt=None, dict_type=dict, **kwargs):
        builtin = True
        if "use_builtin_types" in kwargs:
            if _getframe(1).f_globals is not namespace:     # not the runtime's own loads()
                ctx.warn("the use_builtin_types argument of plistlib.load()",
                         instead="bytes values", stacklevel=1)
            builtin = kwargs.pop("use_builtin_types")
        value = real["load"](fp, fmt=fmt, dict_type=dict_type, **kwargs)
        return value if builtin else _bytes_to_data(value, Data)

    def loads(value, *, fmt=None, dict_type=dict, **kwargs):
        builtin = True
        if "use_builtin_types" in kwargs:
            if _getframe(1).f_globals is not namespace:     # not the runtime's own loads()
                ctx.warn("the use_builtin_types argument of plistlib.loads()",
                         instead="bytes values", stacklevel=1)
            builtin = kwargs.pop("use_builtin_types")
        result = real["loads"](value, fmt=fmt, dict_type=dict_type, **kwargs)
        return result if builtin else _bytes_to_data(result, Data)

    def dump(value, fp, **kwargs):
        return real["dump"](plain(value), fp, **kwargs)

    def dumps(value, **kwargs):
        return real["dumps"](plain(value), **kwargs)

    def readPlist(pathOrFile):
        """
        Read a .plist from a path or file. pathOrFile should either
        be a file name, or a readable binary file object.

        This function is deprecated, use load instead.
        """
        ctx.warn("plistlib.readPlist()", instead="plistlib.load()", stacklevel=1)
        if isinstance(pathOrFile, str):
            with open(pathOrFile, "rb") as fp:
                return _bytes_to_data(real["load"](fp), Data)
        return _bytes_to_data(real["load"](pathOrFile), Data)

    def writePlist(value, pathOrFile):
        """
        Write 'value' to a .plist file. 'pathOrFile' may either be a
        file name or a (writable) file object.

        This function is deprecated, use dump instead.
        """
        ctx.warn("plistlib.writePlist()", instead="plistlib.dump()", stacklevel=1)
        if isinstance(pathOrFile, str):
            with open(pathOrFile, "wb") as fp:
                real["dump"](plain(value), fp, sort_keys=True, skipkeys=False)
        else:
            real["dump"](plain(value), pathOrFile, sort_keys=True, skipkeys=False)

    def readPlistFromBytes(data):
        """
        Read a plist data from a bytes object. Return the root object.

        This function is deprecated, use loads instead.
        """
        ctx.warn("plistlib.readPlistFromBytes()", instead="plistlib.loads()", stacklevel=1)
        return _bytes_to_data(real["loads"](data), Data)

    def writePlistToBytes(value):
        """
        Return 'value' as a plist-formatted bytes object.

        This function is deprecated, use dumps instead.
        """
        ctx.warn("plistlib.writePlistToBytes()", instead="plistlib.dumps()", stacklevel=1)
        return real["dumps"](plain(value), sort_keys=True, skipkeys=False)

    for name, wrapper in (("load", load), ("loads", loads), ("dump", dump), ("dumps", dumps)):
        wrapper.__doc__ = real[name].__doc__
        wrapper.__module__ = plistlib.__name__
        wrapper.__wrapped__ = real[name]
        wrapper._pythonc_plistlib = True
        namespace[name] = wrapper

    exported = namespace.get("__all__")
    for function in (readPlist, writePlist, readPlistFromBytes, writePlistToBytes):
        function.__module__ = plistlib.__name__
        if ctx.restore(plistlib, function.__name__, function) \
                and isinstance(exported, list) and function.__name__ not in exported:
            exported.append(function.__name__)
    if restore_data and (hidden or ctx.alias(plistlib, "Data", lambda: Data,
                                             what="plistlib.Data", instead="bytes")):
        if isinstance(exported, list) and "Data" not in exported:
            exported.append("Data")


@_legacy_api.hide
def _hide_legacy_api(plistlib):
    namespace = plistlib.__dict__
    for name in _FUNCTIONS:
        namespace.pop(name, None)
    if isinstance(namespace.get("Data"), type):
        # The runtime's own reader and writer still look the global up: a placeholder that
        # nothing is an instance of stands in for it.
        class Data:
            _pythonc_hidden = True

            def __init__(self, *args, **kwargs):
                raise TypeError("plistlib.Data was removed")

        namespace["Data"] = Data
    exported = namespace.get("__all__")
    if isinstance(exported, list):
        exported[:] = [name for name in exported if name not in _OLD_ALL]

    def without_builtin_types(function):
        def wrapper(*args, **kwargs):
            if "use_builtin_types" in kwargs:
                raise TypeError("%s() got an unexpected keyword argument 'use_builtin_types'"
                                % function.__name__)
            return function(*args, **kwargs)
        wrapper.__name__ = function.__name__
        wrapper.__doc__ = function.__doc__
        return wrapper

    for name in ("load", "loads"):
        namespace[name] = without_builtin_types(namespace[name])
