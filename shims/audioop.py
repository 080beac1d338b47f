"""The `audioop` module, restored by pythonc for code written for Python 3.12 and older.

`audioop` (operations on raw sound fragments: signed integer samples of 1, 2, 3 or 4 bytes in
the machine's byte order) was deprecated in 3.11 and removed in 3.13 (PEP 594); pydub and many
speech libraries call it.  This file is a fresh, pure-Python implementation of its documented
functions, producing the same bytes as the C module: the G.711 u-law and A-law codecs, Intel/DVI
IMA ADPCM, rate conversion with its state, and the arithmetic with its clipping and rounding.
It is much slower than the C module on long fragments.  pythonc serves it only where the
running Python has no `audioop` of its own; importing it emits one
`_compat.CompatDeprecationWarning` attributed to the importing line.
"""

__shim__ = {"id": "pep594-audioop", "removed_in": "3.13",
            "replacement": "PyPI audioop-lts, or numpy"}

import math as _math
import sys as _sys
from array import array as _array


class error(Exception):
    pass


error.__module__ = "audioop"

_LITTLE = _sys.byteorder == "little"
_INT_MIN = -0x80000000
_INT_MAX = 0x7FFFFFFF
_MAXVAL = {1: 0x7F, 2: 0x7FFF, 3: 0x7FFFFF, 4: 0x7FFFFFFF}
_MINVAL = {1: -0x80, 2: -0x8000, 3: -0x800000, 4: -0x80000000}
_TYPECODE = {1: "b", 2: "h", 4: "i"}


# ---- argument conversion, as the C module's argument parsing did it ------------------------

def _buffer(obj):
    try:
        view = memoryview(obj)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(obj).__name__) from None
    if not view.c_contiguous:
        raise BufferError("memoryview: underlying buffer is not C-contiguous")
    return view.tobytes()


def _index(obj):
    if isinstance(obj, float):
        raise TypeError("integer argument expected, got float")
    try:
        return obj.__index__()
    except AttributeError:
        pass
    raise TypeError("an integer is required (got type %s)" % type(obj).__name__)


def _cint(obj):
    value = _index(obj)
    if not _INT_MIN <= value <= _INT_MAX:
        raise OverflowError("Python int too large to convert to C int")
    return value


def _ssize(obj):
    value = _index(obj)
    if not -(1 << 63) <= value < (1 << 63):
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


def _tuple_int(obj):
    value = _index(obj)
    if value > _INT_MAX:
        raise OverflowError("signed integer is greater than maximum")
    if value < _INT_MIN:
        raise OverflowError("signed integer is less than minimum")
    return value


def _double(obj):
    if isinstance(obj, float):
        return float(obj)
    kind = type(obj)
    if hasattr(kind, "__float__") or hasattr(kind, "__index__"):
        return float(obj)
    raise TypeError("must be real number, not %s" % kind.__name__)


def _check_size(width):
    if width not in (1, 2, 3, 4):
        raise error("Size should be 1, 2, 3 or 4")


def _check(data, width):
    _check_size(width)
    if len(data) % width:
        raise error("not a whole number of frames")


# ---- samples <-> bytes ---------------------------------------------------------------------

def _samples(data, width):
    """The signed samples of `data` as a list of ints."""
    if width == 3:
        n = len(data) // 3
        wide = bytearray(4 * n)
        if _LITTLE:
            wide[1::4] = data[0::3]
            wide[2::4] = data[1::3]
            wide[3::4] = data[2::3]
        else:
            wide[0::4] = data[0::3]
            wide[1::4] = data[1::3]
            wide[2::4] = data[2::3]
        return [v >> 8 for v in memoryview(bytes(wide)).cast("i")]
    return memoryview(data).cast(_TYPECODE[width]).tolist()


def _bytes(values, width):
    """Samples (already within the width's range) back to bytes."""
    if width == 3:
        raw = _array("i", values).tobytes()
        out = bytearray(3 * len(values))
        if _LITTLE:
            out[0::3] = raw[0::4]
            out[1::3] = raw[1::4]
            out[2::3] = raw[2::4]
        else:
            out[0::3] = raw[1::4]
            out[1::3] = raw[2::4]
            out[2::3] = raw[3::4]
        return bytes(out)
    return _array(_TYPECODE[width], values).tobytes()


def _wrap(value, width):
    """A C int stored into a sample of `width` bytes (the high bytes dropped)."""
    bits = 8 * width
    value &= (1 << bits) - 1
    if value >> (bits - 1):
        value -= 1 << bits
    return value


def _bound(value, width):
    """A double clipped to the width's range and floored, as the C module stored it."""
    if value != value:
        # The C conversion of NaN gives INT_MIN (x86), of which the sample keeps the low bytes.
        return _wrap(_INT_MIN, width)
    if value > _MAXVAL[width]:
        return _MAXVAL[width]
    if value < _MINVAL[width]:
        return _MINVAL[width]
    return int(_math.floor(value))


def _to32(values, width):
    shift = 32 - 8 * width
    return [v << shift for v in values] if shift else list(values)


def _from32(values, width):
    shift = 32 - 8 * width
    return [v >> shift for v in values] if shift else list(values)


# ---- simple operations -----------------------------------------------------------------------

def getsample(fragment, width, index):
    """The value of sample number `index`."""
    data = _buffer(fragment)
    width = _cint(width)
    index = _ssize(index)
    _check(data, width)
    if index < 0 or index >= len(data) // width:
        raise error("Index out of range")
    return _samples(data[index * width:(index + 1) * width], width)[0]


def max(fragment, width):
    """The largest absolute sample value."""
    data = _buffer(fragment)
    width = _cint(width)
    _check(data, width)
    result = 0
    for v in _samples(data, width):
        if v < 0:
            v = -v
        if v > result:
            result = v
    return result


def minmax(fragment, width):
    """(smallest, largest) sample value."""
    data = _buffer(fragment)
    width = _cint(width)
    _check(data, width)
    low, high = _INT_MAX, _INT_MIN
    for v in _samples(data, width):
        if v > high:
            high = v
        if v < low:
            low = v
    return (low, high)


def avg(fragment, width):
    """The average sample value (floored)."""
    data = _buffer(fragment)
    width = _cint(width)
    _check(data, width)
    if not data:
        return 0
    total = 0.0
    for v in _samples(data, width):
        total += v
    return int(_math.floor(total / (len(data) // width)))


def rms(fragment, width):
    """The root-mean-square of the samples (truncated)."""
    data = _buffer(fragment)
    width = _cint(width)
    _check(data, width)
    if not data:
        return 0
    total = 0.0
    for v in _samples(data, width):
        total += float(v) * float(v)
    return int(_math.sqrt(total / (len(data) // width)))


def _peaks(data, width):
    """The differences between successive extremes of the signal."""
    values = _samples(data, width)
    diffs = []
    if len(values) <= 1:
        return diffs
    prev = values[0]
    prevdiff = 17           # neither rising (0) nor falling (1) yet
    extreme = None
    for v in values[1:]:
        if v != prev:
            falling = 1 if v < prev else 0
            if prevdiff == (not falling):
                if extreme is not None:
                    diffs.append(extreme - prev if prev < extreme else prev - extreme)
                extreme = prev
            prev = v
            prevdiff = falling
    return diffs


def avgpp(fragment, width):
    """The average of the peak-to-peak values."""
    data = _buffer(fragment)
    width = _cint(width)
    _check(data, width)
    diffs = _peaks(data, width)
    if not diffs:
        return 0
    total = 0.0
    for d in diffs:
        total += d
    return int(total / len(diffs))


def maxpp(fragment, width):
    """The largest peak-to-peak value."""
    data = _buffer(fragment)
    width = _cint(width)
    _check(data, width)
    result = 0
    for d in _peaks(data, width):
        if d > result:
            result = d
    return result


def cross(fragment, width):
    """The number of zero crossings (sign changes) of the samples."""
    data = _buffer(fragment)
    width = _cint(width)
    _check(data, width)
    count = -1
    prev = 17
    for v in _samples(data, width):
        negative = v < 0
        if negative != prev:
            count += 1
        prev = negative
    return count


def _sum2(a, b, length, ia=0, ib=0):
    total = 0.0
    for i in range(length):
        total += float(a[ia + i]) * float(b[ib + i])
    return total


def findfactor(fragment, reference):
    """The factor F minimising rms(add(fragment, mul(reference, -F))) (16-bit samples)."""
    data = _buffer(fragment)
    ref = _buffer(reference)
    if len(data) & 1 or len(ref) & 1:
        raise error("Strings should be even-sized")
    if len(data) != len(ref):
        raise error("Samples should be same size")
    a = _samples(data, 2)
    b = _samples(ref, 2)
    n = len(a)
    sum_ri_2 = _sum2(b, b, n)
    sum_aij_ri = _sum2(a, b, n)
    return _divide(sum_aij_ri, sum_ri_2)


def _divide(x, y):
    if y == 0.0:
        if x == 0.0 or x != x:
            return _math.nan
        return _math.copysign(_math.inf, x) * _math.copysign(1.0, y)
    return x / y


def findfit(fragment, reference):
    """(offset, factor): where `reference` best matches inside `fragment` (16-bit samples)."""
    data = _buffer(fragment)
    ref = _buffer(reference)
    if len(data) & 1 or len(ref) & 1:
        raise error("Strings should be even-sized")
    if len(data) < len(ref):
        raise error("First sample should be longer")
    a = _samples(data, 2)
    b = _samples(ref, 2)
    len1, len2 = len(a), len(b)
    sum_ri_2 = _sum2(b, b, len2)
    sum_aij_2 = _sum2(a, a, len2)
    sum_aij_ri = _sum2(a, b, len2)
    best = _divide(sum_ri_2 * sum_aij_2 - sum_aij_ri * sum_aij_ri, sum_aij_2)
    best_j = 0
    for j in range(1, len1 - len2 + 1):
        first = float(a[j - 1])
        last = float(a[j + len2 - 1])
        sum_aij_2 = sum_aij_2 + last * last - first * first
        sum_aij_ri = _sum2(a, b, len2, j)
        result = _divide(sum_ri_2 * sum_aij_2 - sum_aij_ri * sum_aij_ri, sum_aij_2)
        if result < best:
            best = result
            best_j = j
    factor = _divide(_sum2(a, b, len2, best_j), sum_ri_2)
    return (best_j, factor)


def findmax(fragment, length):
    """The offset of the `length`-sample window with the most energy (16-bit samples)."""
    data = _buffer(fragment)
    length = _ssize(length)
    if len(data) & 1:
        raise error("Strings should be even-sized")
    a = _samples(data, 2)
    if length < 0 or len(a) < length:
        raise error("Input sample should be longer")
    result = _sum2(a, a, length)
    best = result
    best_j = 0
    for j in range(1, len(a) - length + 1):
        first = float(a[j - 1])
        last = float(a[j + length - 1])
        result = result + last * last - first * first
        if result > best:
            best = result
            best_j = j
    return best_j


# ---- transformations -------------------------------------------------------------------------

def mul(fragment, width, factor):
    """Every sample multiplied by `factor` (clipped)."""
    data = _buffer(fragment)
    width = _cint(width)
    factor = _double(factor)
    _check(data, width)
    return _bytes([_bound(v * factor, width) for v in _samples(data, width)], width)


def tomono(fragment, width, lfactor, rfactor):
    """A stereo fragment to mono: left * lfactor + right * rfactor (clipped)."""
    data = _buffer(fragment)
    width = _cint(width)
    lfactor = _double(lfactor)
    rfactor = _double(rfactor)
    _check_size(width)
    if len(data) % (2 * width):
        raise error("not a whole number of frames")
    values = _samples(data, width)
    out = [_bound(float(values[i]) * lfactor + float(values[i + 1]) * rfactor, width)
           for i in range(0, len(values), 2)]
    return _bytes(out, width)


def tostereo(fragment, width, lfactor, rfactor):
    """A mono fragment to stereo: (sample * lfactor, sample * rfactor) (clipped)."""
    data = _buffer(fragment)
    width = _cint(width)
    lfactor = _double(lfactor)
    rfactor = _double(rfactor)
    _check(data, width)
    out = []
    for v in _samples(data, width):
        out.append(_bound(v * lfactor, width))
        out.append(_bound(v * rfactor, width))
    return _bytes(out, width)


def add(fragment1, fragment2, width):
    """The sample-wise sum of two fragments of the same length (clipped)."""
    data1 = _buffer(fragment1)
    data2 = _buffer(fragment2)
    width = _cint(width)
    _check(data1, width)
    if len(data1) != len(data2):
        raise error("Lengths should be the same")
    low, high = _MINVAL[width], _MAXVAL[width]
    out = []
    for x, y in zip(_samples(data1, width), _samples(data2, width)):
        s = x + y
        out.append(high if s > high else low if s < low else s)
    return _bytes(out, width)


def bias(fragment, width, bias):
    """`bias` added to every sample, wrapping around on overflow."""
    data = _buffer(fragment)
    width = _cint(width)
    bias = _cint(bias)
    _check(data, width)
    return _bytes([_wrap(v + bias, width) for v in _samples(data, width)], width)


def reverse(fragment, width):
    """The samples in reverse order."""
    data = _buffer(fragment)
    width = _cint(width)
    _check(data, width)
    return b"".join(data[i:i + width] for i in range(len(data) - width, -1, -width))


def byteswap(fragment, width):
    """Every sample with its bytes in reverse order."""
    data = _buffer(fragment)
    width = _cint(width)
    _check(data, width)
    if width == 1:
        return data
    out = bytearray(len(data))
    for k in range(width):
        out[k::width] = data[width - 1 - k::width]
    return bytes(out)


def lin2lin(fragment, width, newwidth):
    """Samples converted to another width (the low bits dropped or zero)."""
    data = _buffer(fragment)
    width = _cint(width)
    newwidth = _cint(newwidth)
    _check(data, width)
    _check_size(newwidth)
    if width == newwidth:
        return data
    return _bytes(_from32(_to32(_samples(data, width), width), newwidth), newwidth)


# ---- G.711 u-law and A-law -------------------------------------------------------------------

_ULAW_SEG_END = (0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF)
_ALAW_SEG_END = (0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF)
_tables = {}


def _segment(value, ends):
    for seg, end in enumerate(ends):
        if value <= end:
            return seg
    return len(ends)


def _linear14_to_ulaw(pcm):
    """One u-law byte for a 14-bit signed sample."""
    if pcm < 0:
        pcm = -pcm
        mask = 0x7F
    else:
        mask = 0xFF
    if pcm > 8159:
        pcm = 8159
    pcm += 0x84 >> 2
    seg = _segment(pcm, _ULAW_SEG_END)
    if seg >= 8:
        return 0x7F ^ mask
    return ((seg << 4) | ((pcm >> (seg + 1)) & 0x0F)) ^ mask


def _ulaw_to_linear16(byte):
    u = ~byte & 0xFF
    t = ((u & 0x0F) << 3) + 0x84
    t <<= (u & 0x70) >> 4
    return 0x84 - t if u & 0x80 else t - 0x84


def _linear13_to_alaw(pcm):
    """One A-law byte for a 13-bit signed sample."""
    if pcm >= 0:
        mask = 0xD5
    else:
        mask = 0x55
        pcm = -pcm - 1
    seg = _segment(pcm, _ALAW_SEG_END)
    if seg >= 8:
        return 0x7F ^ mask
    code = seg << 4
    code |= (pcm >> (1 if seg < 2 else seg)) & 0x0F
    return code ^ mask


def _alaw_to_linear16(byte):
    a = byte ^ 0x55
    t = (a & 0x0F) << 4
    seg = (a & 0x70) >> 4
    if seg == 0:
        t += 8
    elif seg == 1:
        t += 0x108
    else:
        t = (t + 0x108) << (seg - 1)
    return t if a & 0x80 else -t


def _table(name):
    table = _tables.get(name)
    if table is None:
        if name == "ulaw2lin":
            table = [_ulaw_to_linear16(b) for b in range(256)]
        elif name == "alaw2lin":
            table = [_alaw_to_linear16(b) for b in range(256)]
        elif name == "lin2ulaw":        # indexed by the 14-bit sample + 8192
            table = bytes(_linear14_to_ulaw(v) for v in range(-8192, 8192))
        else:                           # lin2alaw, indexed by the 13-bit sample + 4096
            table = bytes(_linear13_to_alaw(v) for v in range(-4096, 4096))
        _tables[name] = table
    return table


def lin2ulaw(fragment, width):
    """Linear samples to 8-bit u-law."""
    data = _buffer(fragment)
    width = _cint(width)
    _check(data, width)
    table = _table("lin2ulaw")
    return bytes([table[(v >> 18) + 8192] for v in _to32(_samples(data, width), width)])


def ulaw2lin(fragment, width):
    """8-bit u-law to linear samples of `width` bytes."""
    data = _buffer(fragment)
    width = _cint(width)
    _check_size(width)
    table = _table("ulaw2lin")
    return _bytes(_from32([table[b] << 16 for b in data], width), width)


def lin2alaw(fragment, width):
    """Linear samples to 8-bit A-law."""
    data = _buffer(fragment)
    width = _cint(width)
    _check(data, width)
    table = _table("lin2alaw")
    return bytes([table[(v >> 19) + 4096] for v in _to32(_samples(data, width), width)])


def alaw2lin(fragment, width):
    """8-bit A-law to linear samples of `width` bytes."""
    data = _buffer(fragment)
    width = _cint(width)
    _check_size(width)
    table = _table("alaw2lin")
    return _bytes(_from32([table[b] << 16 for b in data], width), width)


# ---- Intel/DVI IMA ADPCM ---------------------------------------------------------------------

_INDEX_TABLE = (-1, -1, -1, -1, 2, 4, 6, 8, -1, -1, -1, -1, 2, 4, 6, 8)
_STEPSIZE_TABLE = (
    7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 21, 23, 25, 28, 31, 34, 37, 41, 45, 50, 55, 60, 66,
    73, 80, 88, 97, 107, 118, 130, 143, 157, 173, 190, 209, 230, 253, 279, 307, 337, 371, 408,
    449, 494, 544, 598, 658, 724, 796, 876, 963, 1060, 1166, 1282, 1411, 1552, 1707, 1878, 2066,
    2272, 2499, 2749, 3024, 3327, 3660, 4026, 4428, 4871, 5358, 5894, 6484, 7132, 7845, 8630,
    9493, 10442, 11487, 12635, 13899, 15289, 16818, 18500, 20350, 22385, 24623, 27086, 29794,
    32767)


def _adpcm_state(state, name):
    if state is None:
        return 0, 0
    if not isinstance(state, tuple):
        raise TypeError("state must be a tuple or None")
    if len(state) != 2:
        raise TypeError("%s(): illegal state argument" % name)
    valpred = _tuple_int(state[0])
    index = _tuple_int(state[1])
    if not -0x8000 <= valpred < 0x8000 or not 0 <= index < len(_STEPSIZE_TABLE):
        raise ValueError("bad state")
    return valpred, index


def lin2adpcm(fragment, width, state):
    """Linear samples to 4-bit IMA ADPCM; returns (adpcm bytes, new state)."""
    data = _buffer(fragment)
    width = _cint(width)
    _check(data, width)
    valpred, index = _adpcm_state(state, "lin2adpcm")
    step = _STEPSIZE_TABLE[index]
    out = bytearray()
    high = True
    held = 0
    for val in _from32(_to32(_samples(data, width), width), 2):
        if val < valpred:
            diff = valpred - val
            sign = 8
        else:
            diff = val - valpred
            sign = 0
        delta = 0
        vpdiff = step >> 3
        if diff >= step:
            delta = 4
            diff -= step
            vpdiff += step
        step >>= 1
        if diff >= step:
            delta |= 2
            diff -= step
            vpdiff += step
        step >>= 1
        if diff >= step:
            delta |= 1
            vpdiff += step
        if sign:
            valpred -= vpdiff
        else:
            valpred += vpdiff
        if valpred > 32767:
            valpred = 32767
        elif valpred < -32768:
            valpred = -32768
        delta |= sign
        index += _INDEX_TABLE[delta]
        if index < 0:
            index = 0
        elif index > 88:
            index = 88
        step = _STEPSIZE_TABLE[index]
        if high:
            held = (delta << 4) & 0xF0
        else:
            out.append((delta & 0x0F) | held)
        high = not high
    return (bytes(out), (valpred, index))


def adpcm2lin(fragment, width, state):
    """4-bit IMA ADPCM to linear samples of `width` bytes; returns (samples, new state)."""
    data = _buffer(fragment)
    width = _cint(width)
    _check_size(width)
    valpred, index = _adpcm_state(state, "adpcm2lin")
    step = _STEPSIZE_TABLE[index]
    out = []
    for byte in data:
        for delta in (byte >> 4, byte & 0x0F):
            index += _INDEX_TABLE[delta]
            if index < 0:
                index = 0
            elif index > 88:
                index = 88
            vpdiff = step >> 3
            if delta & 4:
                vpdiff += step
            if delta & 2:
                vpdiff += step >> 1
            if delta & 1:
                vpdiff += step >> 2
            if delta & 8:
                valpred -= vpdiff
            else:
                valpred += vpdiff
            if valpred > 32767:
                valpred = 32767
            elif valpred < -32768:
                valpred = -32768
            step = _STEPSIZE_TABLE[index]
            out.append(valpred << 16)
    return (_bytes(_from32(out, width), width), (valpred, index))


# ---- sample rate conversion ------------------------------------------------------------------

def ratecv(fragment, width, nchannels, inrate, outrate, state, weightA=1, weightB=0):
    """Convert the frame rate from `inrate` to `outrate`; returns (fragment, new state).

    `state` is None to start, then what the previous call returned.  weightA and weightB
    are the parameters of a simple low-pass filter (1 and 0: none)."""
    data = _buffer(fragment)
    width = _cint(width)
    nchannels = _cint(nchannels)
    inrate = _cint(inrate)
    outrate = _cint(outrate)
    weightA = _cint(weightA)
    weightB = _cint(weightB)
    _check_size(width)
    if nchannels < 1:
        raise error("# of channels should be >= 1")
    if width > _INT_MAX // nchannels:
        raise OverflowError("width * nchannels too big for a C int")
    frame = width * nchannels
    if weightA < 1 or weightB < 0:
        raise error("weightA should be >= 1, weightB should be >= 0")
    if len(data) % frame:
        raise error("not a whole number of frames")
    if inrate <= 0 or outrate <= 0:
        raise error("sampling rate not > 0")
    g = _math.gcd(inrate, outrate)
    inrate //= g
    outrate //= g
    g = _math.gcd(weightA, weightB)
    weightA //= g
    weightB //= g

    if state is None:
        d = -outrate
        prev = [0] * nchannels
        cur = [0] * nchannels
    else:
        if not isinstance(state, tuple):
            raise TypeError("state must be a tuple or None")
        if len(state) != 2 or not isinstance(state[1], tuple):
            raise TypeError("ratecv(): illegal state argument")
        d = _tuple_int(state[0])
        samps = state[1]
        if len(samps) != nchannels:
            raise error("illegal state argument")
        prev = [0] * nchannels
        cur = [0] * nchannels
        for chan, pair in enumerate(samps):
            if not isinstance(pair, tuple) or len(pair) != 2:
                raise TypeError("ratecv(): illegal state argument")
            prev[chan] = _tuple_int(pair[0])
            cur[chan] = _tuple_int(pair[1])

    values = _to32(_samples(data, width), width)
    nframes = len(values) // nchannels
    position = 0
    out = []
    wa = float(weightA)
    wb = float(weightB)
    wsum = wa + wb
    fout = float(outrate)
    while True:
        while d < 0:
            if nframes == 0:
                samps = tuple((prev[c], cur[c]) for c in range(nchannels))
                result = _bytes(_from32(out, width), width)
                return (result, (d, samps))
            for chan in range(nchannels):
                prev[chan] = cur[chan]
                sample = values[position]
                position += 1
                cur[chan] = int((wa * sample + wb * prev[chan]) / wsum)
            nframes -= 1
            d += outrate
        while d >= 0:
            fd = float(d)
            fr = float(outrate - d)
            for chan in range(nchannels):
                value = (prev[chan] * fd + cur[chan] * fr) / fout
                # A C int conversion out of range (only with a forged state) gives INT_MIN.
                out.append(int(value) if -2147483649.0 < value < 2147483648.0 else _INT_MIN)
            d -= inrate
