"""Shim case pep594-audioop: the `audioop` module (removed in 3.13).

First the way pydub and speech code used it (gain with mul, overlay with add, rms/max for
loudness, channel and width conversion, 8-bit bias, ratecv to resample in chunks, u-law and
ADPCM codecs for telephony), then exhaustive checks: every 16-bit sample through lin2ulaw,
lin2alaw and lin2adpcm, every byte through ulaw2lin, alaw2lin and adpcm2lin at every width,
every ADPCM state, and every function on deterministic pseudo-random fragments of widths 1 to
4, printed as digests.  Errors and their messages close the case.  3.8 did not warn on import.
"""
import hashlib
import math
import struct

import audioop


def digest(value):
    return hashlib.sha256(repr(value).encode()).hexdigest()[:16]


class Noise:
    """A small linear congruential generator (the same numbers on every Python)."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bits):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return self.state >> (64 - bits)

    def fragment(self, width, count, style):
        low, high = -(1 << (8 * width - 1)), (1 << (8 * width - 1)) - 1
        out = bytearray()
        for i in range(count):
            if style == 0:
                v = self.next(8 * width) + low
            elif style == 1:
                v = (-3, -2, -1, 0, 1, 2, 3)[self.next(3) % 7]
            elif style == 2:
                v = (low, low + 1, -1, 0, 1, high - 1, high)[self.next(3) % 7]
            else:
                v = int(high * 0.8 * math.sin(i / 4.0)) + self.next(4) - 8
            out += max(low, min(high, v)).to_bytes(width, "little", signed=True)
        return bytes(out)


def attempt(*call):
    name, args = call[0], call[1:]
    try:
        result = getattr(audioop, name)(*args)
    except Exception as exc:
        return "%s: %s" % (type(exc).__name__, exc)
    if isinstance(result, float) and result != result:
        return "nan"
    if isinstance(result, tuple) and any(isinstance(r, float) and r != r for r in result):
        return tuple("nan" if isinstance(r, float) and r != r else r for r in result)
    return result


print("== the way pydub used it")
tone = b"".join(struct.pack("<h", int(12000 * math.sin(2 * math.pi * 440 * i / 8000)))
                for i in range(800))
print("max", audioop.max(tone, 2), "rms", audioop.rms(tone, 2), "minmax", audioop.minmax(tone, 2))
print("dBFS-ish", round(20 * math.log10(audioop.rms(tone, 2) / 32768.0), 6))
louder = audioop.mul(tone, 2, 10 ** (6 / 20.0))
print("gain +6dB:", audioop.max(louder, 2), digest(louder))
print("clipped:", audioop.max(audioop.mul(tone, 2, 4.0), 2))
mixed = audioop.add(tone, audioop.mul(tone, 2, -0.5), 2)
print("overlay:", audioop.rms(mixed, 2), digest(mixed))
stereo = audioop.tostereo(tone, 2, 1, 1)
print("tostereo:", len(stereo), digest(stereo))
print("tomono:", audioop.tomono(stereo, 2, 0.5, 0.5) == tone)
print("lin2lin 2->1->2:", digest(audioop.lin2lin(tone, 2, 1)),
      digest(audioop.lin2lin(audioop.lin2lin(tone, 2, 1), 1, 2)))
print("lin2lin 2->3->4:", digest(audioop.lin2lin(tone, 2, 3)), digest(audioop.lin2lin(tone, 2, 4)))
unsigned8 = audioop.bias(audioop.lin2lin(tone, 2, 1), 1, 128)
print("8-bit unsigned:", unsigned8[:8], digest(unsigned8))
state = None
pieces = []
for start in range(0, len(tone), 302):
    converted, state = audioop.ratecv(tone[start:start + 302], 2, 1, 8000, 11025, state)
    pieces.append(converted)
print("ratecv in chunks:", len(b"".join(pieces)), state, digest(pieces))
whole, whole_state = audioop.ratecv(tone, 2, 1, 8000, 11025, None)
print("ratecv at once:", len(whole), whole_state, digest(whole))
print("ratecv stereo 44100->16000 weighted:", digest(audioop.ratecv(stereo, 2, 2, 44100, 16000, None, 3, 1)))
ulaw = audioop.lin2ulaw(tone, 2)
print("ulaw:", ulaw[:10], digest(ulaw), digest(audioop.ulaw2lin(ulaw, 2)))
alaw = audioop.lin2alaw(tone, 2)
print("alaw:", alaw[:10], digest(alaw), digest(audioop.alaw2lin(alaw, 2)))
adpcm, adpcm_state = audioop.lin2adpcm(tone, 2, None)
print("adpcm:", adpcm[:10], adpcm_state, digest(adpcm))
decoded, dec_state = audioop.adpcm2lin(adpcm, 2, None)
print("adpcm back:", len(decoded), dec_state, digest(decoded))
print("findfit:", audioop.findfit(tone, tone[200:260]), "findmax:", audioop.findmax(tone, 25))
print("findfactor:", audioop.findfactor(louder, tone))
print("avg", audioop.avg(tone, 2), "avgpp", audioop.avgpp(tone, 2), "maxpp", audioop.maxpp(tone, 2),
      "cross", audioop.cross(tone, 2))
print("getsample", [audioop.getsample(tone, 2, i) for i in (0, 1, 2, 799)])
print("reverse", digest(audioop.reverse(tone, 2)), "byteswap", digest(audioop.byteswap(tone, 2)))

print("== codecs, exhaustively")
all16 = b"".join(struct.pack("=h", v) for v in range(-32768, 32768))
print("lin2ulaw 16-bit:", digest(audioop.lin2ulaw(all16, 2)))
print("lin2alaw 16-bit:", digest(audioop.lin2alaw(all16, 2)))
print("lin2adpcm 16-bit:", digest(audioop.lin2adpcm(all16, 2, None)))
print("lin2adpcm 16-bit reversed:", digest(audioop.lin2adpcm(audioop.reverse(all16, 2), 2, None)))
all8 = bytes(range(256))
print("lin2ulaw 8-bit:", digest(audioop.lin2ulaw(all8, 1)), "lin2alaw 8-bit:", digest(audioop.lin2alaw(all8, 1)))
for width in (1, 2, 3, 4):
    print("width", width, "ulaw2lin", digest(audioop.ulaw2lin(all8, width)),
          "alaw2lin", digest(audioop.alaw2lin(all8, width)),
          "adpcm2lin", digest(audioop.adpcm2lin(all8, width, None)))
print("ulaw table:", [audioop.getsample(audioop.ulaw2lin(all8, 2), 2, i) for i in (0, 1, 127, 128, 254, 255)])
print("alaw table:", [audioop.getsample(audioop.alaw2lin(all8, 2), 2, i) for i in (0, 1, 127, 128, 254, 255)])
states = []
for index in range(89):
    for valpred in (-32768, -12345, -1, 0, 1, 777, 32767):
        states.append(audioop.adpcm2lin(all8[::5], 2, (valpred, index)))
        states.append(audioop.lin2adpcm(all16[::997], 2, (valpred, index)))
print("every ADPCM state:", digest(states))
noise = Noise(12345)
for width in (3, 4):
    wide = noise.fragment(width, 3000, 0) + noise.fragment(width, 200, 2)
    print("width", width, "lin2ulaw", digest(audioop.lin2ulaw(wide, width)),
          "lin2alaw", digest(audioop.lin2alaw(wide, width)),
          "lin2adpcm", digest(audioop.lin2adpcm(wide, width, None)))

print("== every function on pseudo-random fragments")
factors = (0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 1.7, -3.25, 1e10, float("inf"), 0.3333)
rate_pairs = ((8000, 16000), (44100, 8000), (8000, 44100), (11025, 22050), (3, 2), (48000, 44100))
for width in (1, 2, 3, 4):
    results = []
    for count in (0, 1, 2, 3, 10, 101, 1000):
        for style in range(4):
            frag = noise.fragment(width, count, style)
            other = noise.fragment(width, count, (style + 1) % 4)
            for name in ("max", "minmax", "avg", "rms", "avgpp", "maxpp", "cross", "reverse",
                         "byteswap", "lin2ulaw", "lin2alaw"):
                results.append(attempt(name, frag, width))
            results.append(attempt("getsample", frag, width, count // 2))
            for i, factor in enumerate(factors):
                results.append(attempt("mul", frag, width, factor))
                results.append(attempt("tostereo", frag, width, factor, factors[i - 3]))
                results.append(attempt("tomono", frag + other, width, factor, factors[i - 5]))
            for value in (0, 1, -1, 128, 2 ** 31 - 1, -2 ** 31, 123456789):
                results.append(attempt("bias", frag, width, value))
            results.append(attempt("add", frag, other, width))
            for newwidth in (1, 2, 3, 4):
                results.append(attempt("lin2lin", frag, width, newwidth))
            results.append(attempt("lin2adpcm", frag, width, (count * 37 % 65536 - 32768, count % 89)))
            results.append(attempt("adpcm2lin", frag, width, (count * 11 % 65536 - 32768, style * 20)))
            for channels in (1, 2):
                if len(frag) % (width * channels):
                    continue
                for (inrate, outrate), (wa, wb) in zip(rate_pairs, ((1, 0), (1, 1), (3, 2), (2, 4), (5, 0), (1, 0))):
                    first = attempt("ratecv", frag, width, channels, inrate, outrate, None, wa, wb)
                    results.append(first)
                    results.append(attempt("ratecv", other[:len(frag)], width, channels, inrate,
                                           outrate, first[1], wa, wb))
    print("width", width, len(results), digest(results))
fits = []
for count in (0, 1, 5, 30, 200):
    for style in range(4):
        frag = noise.fragment(2, count, style)
        for ref_count in (0, 1, 3, 5):
            ref = noise.fragment(2, ref_count, (style + 2) % 4)
            fits.append(attempt("findfit", frag, ref))
            fits.append(attempt("findfactor", frag[:2 * ref_count], ref))
            fits.append(attempt("findmax", frag, ref_count))
print("findfit/findfactor/findmax:", len(fits), digest(fits))
print(fits[:12])

print("== errors")
for call in (("max", b"\0", 5), ("max", b"\0", 2), ("max", "ab", 2), ("max", b"ab", 2.0),
             ("max", b"ab", "2"), ("max", b"ab", 2 ** 40), ("max", bytearray(b"ab"), 2),
             ("max", memoryview(b"abcd")[::2], 1), ("minmax", b"", 2), ("cross", b"", 2),
             ("getsample", b"abcd", 2, 2), ("getsample", b"abcd", 2, -1), ("add", b"ab", b"abcd", 2),
             ("findfit", b"abc", b"ab"), ("findfit", b"ab", b"abcd"), ("findfactor", b"ab", b"abcd"),
             ("findfactor", b"abc", b"abc"), ("findmax", b"abcd", 3), ("findmax", b"abcd", -1),
             ("findfactor", b"\0\0", b"\0\0"), ("findfit", b"\0\0\0\0", b"\0\0"),
             ("tomono", b"abcdef", 2, 1, 1), ("mul", b"ab", 2, "x"), ("mul", b"ab", 2, float("nan")),
             ("bias", b"ab", 2, 2 ** 31),
             ("lin2adpcm", b"abcd", 2, (0, 89)), ("lin2adpcm", b"abcd", 2, (32768, 0)),
             ("lin2adpcm", b"abcd", 2, [0, 0]), ("lin2adpcm", b"abcd", 2, (0,)),
             ("lin2adpcm", b"abcd", 2, ("a", 0)), ("lin2adpcm", b"abcd", 2, (2 ** 31, 0)),
             ("lin2adpcm", b"abcd", 2, (0.5, 0)), ("adpcm2lin", b"ab", 2, (0, -1)),
             ("lin2adpcm", b"ab", 2, None), ("adpcm2lin", b"", 2, None),
             ("ratecv", b"abcd", 2, 0, 1, 1, None), ("ratecv", b"abcd", 2, 1, 0, 1, None),
             ("ratecv", b"abcd", 2, 1, 1, 1, None, 0), ("ratecv", b"abcd", 2, 1, 1, 1, None, 1, -1),
             ("ratecv", b"abc", 2, 1, 1, 1, None), ("ratecv", b"abcd", 5, 0, 1, 1, None),
             ("ratecv", b"abcd", 2, 1, 1, 1, [0]), ("ratecv", b"abcd", 2, 1, 1, 1, (0,)),
             ("ratecv", b"abcd", 2, 1, 1, 1, (0, ((0, 0), (0, 0)))),
             ("ratecv", b"abcd", 2, 1, 1, 1, (0, [(0, 0)])), ("ratecv", b"abcd", 2, 1, 1, 1, (0, ((0,),))),
             ("ratecv", b"abcd", 2, 1, 1, 1, (0, ((0, "a"),))), ("ratecv", b"abcd", 2, 2 ** 30, 8000, 16000, None),
             ("ratecv", b"", 2, 1, 8000, 16000, None),
             ("ratecv", b"abcd", 2, 1, 1, 1, None, 1.5), ("lin2lin", b"ab", 2, 5), ("ulaw2lin", b"\0", 5),
             ("byteswap", b"abc", 2), ("lin2ulaw", b"abc", 2)):
    print(call[0], [a if not isinstance(a, memoryview) else "memoryview" for a in call[1:]], "->", attempt(*call))
print(audioop.error.__name__, audioop.error.__module__, audioop.error.__mro__[1].__name__)
