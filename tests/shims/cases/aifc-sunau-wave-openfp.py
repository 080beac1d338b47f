"""Shim case aifc-sunau-wave-openfp: openfp(), the old alias of open() in wave, aifc and
sunau, used as old audio code did: write a short sound through openfp(f, "wb"), read it
back through openfp(f) and openfp(f, "rb"), and the mode error; openfp in __all__."""
import io
import warnings

warnings.simplefilter("ignore", DeprecationWarning)   # 3.8 warned too; stdout only here

import aifc  # noqa: E402
import sunau  # noqa: E402
import wave  # noqa: E402

FRAMES = bytes(range(0, 200, 2)) * 2


class Kept(io.BytesIO):
    """Keeps its bytes when the writer closes it."""

    def close(self):
        self.kept = self.getvalue()


def roundtrip(module, setup):
    buf = Kept()
    out = module.openfp(buf, "wb")
    setup(out)
    out.writeframes(FRAMES)
    out.close()
    data = getattr(buf, "kept", None) or buf.getvalue()
    back = module.openfp(io.BytesIO(data))
    again = module.openfp(io.BytesIO(data), "rb")
    return (type(out).__name__, type(back).__name__, back.getnchannels(), back.getsampwidth(),
            back.getframerate(), back.getnframes(), back.readframes(3) == again.readframes(3))


def wave_setup(w):
    w.setnchannels(1)
    w.setsampwidth(2)
    w.setframerate(8000)


for module in (wave, aifc, sunau):
    print(module.__name__, roundtrip(module, wave_setup))
    try:
        module.openfp(io.BytesIO(), "a")
    except Exception as exc:
        print(" ", type(exc).__name__, exc)
    print("  openfp in __all__:", "openfp" in getattr(module, "__all__", ["openfp"]))

from wave import *  # noqa: E402,F401,F403
print(openfp is wave.openfp)  # noqa: F405
