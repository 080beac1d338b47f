"""Shims for the wave module (and the aifc and sunau modules while they exist for real).

- aifc-sunau-wave-openfp (removed in 3.9): openfp(f, mode=None), the old alias of open()
  the three modules shared; back in their __all__ where 3.8 had it there (wave, aifc).
  Every call warns, attributed to the caller. (From 3.13 pythonc restores aifc and sunau as
  whole modules, as 3.12 had them; this shim puts openfp back into them too.)
"""
from _compat_engine import export, shim, unexport


@shim("aifc-sunau-wave-openfp", target=("wave", "aifc", "sunau"), removed_in="3.9",
      replacement="wave.open(), aifc.open(), sunau.open()", kind="function")
def _openfp(module, ctx):
    name = module.__name__
    opener = module.open

    def openfp(f, mode=None):
        ctx.warn("%s.openfp()" % name, "%s.open()" % name, stacklevel=1)
        return opener(f, mode=mode)

    openfp.__module__ = name
    if ctx.restore(module, "openfp", openfp):
        export(module, "openfp", after="open")


@_openfp.hide
def _hide_openfp(module):
    module.__dict__.pop("openfp", None)
    unexport(module, "openfp")
