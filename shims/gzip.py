"""Shims for the gzip module, written from the documentation and from the observed
behaviour of 3.8 to 3.13.

- gzip-gzipfile-filename (removed 3.12): GzipFile.filename, a read-only property that warns
  at each read and returns GzipFile.name, with ".gz" added for a file opened for writing
  whose name does not end with it (as 3.8 reported it).
- gzip-mode-str (removed 3.13, gzip part only): GzipFile.mode is gzip.READ (1) or
  gzip.WRITE (2) again, as up to 3.12, and so are the module constants: GzipFile compares
  its mode with those constants, so restoring them gives back the old values everywhere
  consistently. Reading .mode from outside the gzip module warns (3.8 did not).
"""
import sys

from _compat_engine import shim


_WRITING = (2, "wb")


@shim("gzip-gzipfile-filename", removed_in="3.12", replacement="GzipFile.name", kind="alias")
def _gzipfile_filename(gzip, ctx):
    def filename(self):
        ctx.warn("GzipFile.filename", stacklevel=1)
        name = self.name
        state = self.__dict__
        mode = state.get("_pythonc_mode", state.get("mode"))
        if mode in _WRITING and name[-3:] != ".gz":
            name = name + ".gz"
        return name

    ctx.restore(gzip.GzipFile, "filename", property(filename))


@_gzipfile_filename.hide
def _hide_gzipfile_filename(gzip):
    if "filename" in vars(gzip.GzipFile):
        del gzip.GzipFile.filename


_OLD_MODES = {"rb": 1, "wb": 2}
_NEW_MODES = {1: "rb", 2: "wb"}


@shim("gzip-mode-str", removed_in="3.13",
      replacement="compare with gzip.READ / gzip.WRITE", kind="behaviour-change")
def _mode_int(gzip, ctx):
    GzipFile = gzip.GzipFile
    if isinstance(vars(GzipFile).get("mode"), property):
        return
    if gzip.READ in _OLD_MODES and gzip.WRITE in _OLD_MODES:
        gzip.READ, gzip.WRITE = _OLD_MODES[gzip.READ], _OLD_MODES[gzip.WRITE]
    own_globals = vars(gzip)

    def get_mode(self):
        try:
            value = self.__dict__["_pythonc_mode"]
        except KeyError:
            raise AttributeError("'%s' object has no attribute 'mode'"
                                 % type(self).__name__) from None
        if sys._getframe(1).f_globals is not own_globals:
            ctx.warn("GzipFile.mode as gzip.READ (1) or gzip.WRITE (2)",
                     instead="GzipFile.mode 'rb' / 'wb'", stacklevel=1)
        return value

    def set_mode(self, value):
        self.__dict__["_pythonc_mode"] = value

    GzipFile.mode = property(get_mode, set_mode)


@_mode_int.hide
def _hide_mode_int(gzip):
    if gzip.READ in _NEW_MODES and gzip.WRITE in _NEW_MODES:
        gzip.READ, gzip.WRITE = _NEW_MODES[gzip.READ], _NEW_MODES[gzip.WRITE]
