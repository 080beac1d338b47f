"""Shims for the binascii module: the BinHex 4 helpers a2b_hqx(), b2a_hqx(), rlecode_hqx()
and rledecode_hqx() (deprecated in 3.9, gone in 3.11; crc_hqx() stayed).

Fresh pure-Python versions of the documented functions, as 3.8 behaved: the 6-bit alphabet
coding of BinHex 4 (no line breaks, no colons added; on decoding CR and LF are skipped and a
colon ends the data) and its run-length coding (0x90 marks a repeat count, 0x90 0x00 is a
literal 0x90).  Every call warns, attributed to the caller.
"""
from _compat_engine import shim

_HQX_NAMES = ("a2b_hqx", "b2a_hqx", "rlecode_hqx", "rledecode_hqx")


@shim("binascii-hqx", removed_in="3.11",
      replacement="base64 (BinHex 4 is obsolete; binascii.crc_hqx() remains)", kind="function")
def _hqx(binascii, ctx):
    alphabet = b"!\"#$%&'()*+,-012345689@ABCDEFGHIJKLMNPQRSTUVXYZ[`abcdefhijklmpqr"
    values = {c: i for i, c in enumerate(alphabet)}
    skipped = frozenset(b"\r\n")
    colon = ord(":")
    runchar = 0x90
    error = binascii.Error
    incomplete = getattr(binascii, "Incomplete", None)
    if incomplete is None:
        incomplete = type("Incomplete", (Exception,), {"__module__": "binascii"})
        ctx.restore(binascii, "Incomplete", incomplete)

    def buffer_bytes(data):
        if isinstance(data, (bytes, bytearray)):
            return bytes(data)
        try:
            return memoryview(data).tobytes()
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(data).__name__) from None

    def ascii_bytes(data):
        if isinstance(data, str):
            try:
                return data.encode("ascii")
            except UnicodeEncodeError:
                raise ValueError("string argument should contain only ASCII characters") \
                    from None
        if isinstance(data, (bytes, bytearray)):
            return bytes(data)
        try:
            return memoryview(data).tobytes()
        except TypeError:
            raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                            % type(data).__name__) from None

    def a2b_hqx(data, /):
        """Decode .hqx coding."""
        ctx.warn("binascii.a2b_hqx()")
        data = ascii_bytes(data)
        out = bytearray()
        acc = bits = 0
        done = 0
        for c in data:
            if c in skipped:
                continue
            if c == colon:
                done = 1
                break
            value = values.get(c)
            if value is None:
                raise error("Illegal char")
            acc = (acc << 6) | value
            bits += 6
            if bits >= 8:
                bits -= 8
                out.append((acc >> bits) & 0xFF)
                acc &= (1 << bits) - 1
        if bits and not done:
            raise incomplete("String has incomplete number of bytes")
        return bytes(out), done

    def b2a_hqx(data, /):
        """Encode .hqx data."""
        ctx.warn("binascii.b2a_hqx()")
        data = buffer_bytes(data)
        out = bytearray()
        acc = bits = 0
        for byte in data:
            acc = (acc << 8) | byte
            bits += 8
            while bits >= 6:
                bits -= 6
                out.append(alphabet[(acc >> bits) & 0x3F])
            acc &= (1 << bits) - 1
        if bits:
            out.append(alphabet[(acc << (6 - bits)) & 0x3F])
        return bytes(out)

    def rlecode_hqx(data, /):
        """Binhex RLE-code binary data."""
        ctx.warn("binascii.rlecode_hqx()")
        data = buffer_bytes(data)
        out = bytearray()
        i, n = 0, len(data)
        while i < n:
            byte = data[i]
            if byte == runchar:
                out += b"\x90\x00"
                i += 1
                continue
            run = 1
            while i + run < n and run < 255 and data[i + run] == byte:
                run += 1
            if run >= 4:
                out += bytes((byte, runchar, run))
            else:
                out += bytes((byte,)) * run
            i += run
        return bytes(out)

    def rledecode_hqx(data, /):
        """Decode hexbin RLE-coded string."""
        ctx.warn("binascii.rledecode_hqx()")
        data = buffer_bytes(data)
        out = bytearray()
        i, n = 0, len(data)
        while i < n:
            byte = data[i]
            if byte != runchar:
                out.append(byte)
                i += 1
                continue
            if i + 1 >= n:
                raise incomplete("")
            count = data[i + 1]
            i += 2
            if count == 0:
                out.append(runchar)
            elif not out:
                raise error("Orphaned RLE code at start")
            else:
                out += bytes((out[-1],)) * (count - 1)
        return bytes(out)

    for function in (a2b_hqx, b2a_hqx, rlecode_hqx, rledecode_hqx):
        function.__module__ = "binascii"
        function.__qualname__ = function.__name__
        ctx.restore(binascii, function.__name__, function)


@_hqx.hide
def _hide_hqx(binascii):
    for name in _HQX_NAMES:
        binascii.__dict__.pop(name, None)
