"""distutils.sysconfig (restored by pythonc, see shims/distutils.py): where this Python keeps
its libraries and headers, and the variables it was built with - answered by the running
interpreter's `sysconfig` module, which is also what to use in new code."""

import os
import sys

from distutils.errors import DistutilsPlatformError

PREFIX = os.path.normpath(sys.prefix)
EXEC_PREFIX = os.path.normpath(sys.exec_prefix)
BASE_PREFIX = os.path.normpath(sys.base_prefix)
BASE_EXEC_PREFIX = os.path.normpath(sys.base_exec_prefix)

# The build variables, once asked for (see get_config_vars()).
_config_vars = None

# What sysconfig.get_config_vars() adds to the build variables for its own path schemes;
# distutils' table never had these.
_SCHEME_VARIABLES = frozenset((
    "abi_thread", "abiflags", "base", "implementation", "implementation_lower",
    "installed_base", "installed_platbase", "platbase", "platlibdir", "projectbase",
    "py_version", "py_version_nodot", "py_version_nodot_plat", "py_version_short",
    "userbase"))


def get_python_version():
    """'MAJOR.MINOR' of the running Python, e.g. '3.8'."""
    return "%d.%d" % sys.version_info[:2]


def _scheme_path(key, prefix):
    import sysconfig
    if prefix is None:
        return sysconfig.get_path(key)
    scheme = "nt" if os.name == "nt" else "posix_prefix"
    prefix = os.path.normpath(prefix)
    return sysconfig.get_path(key, scheme, vars={
        "base": prefix, "platbase": prefix, "installed_base": prefix,
        "installed_platbase": prefix})


def get_python_inc(plat_specific=0, prefix=None):
    """The directory of the C headers (Python.h); with plat_specific, that of pyconfig.h.
    With `prefix`, the same directory under that installation prefix."""
    return _scheme_path("platinclude" if plat_specific else "include", prefix)


def get_python_lib(plat_specific=0, standard_lib=0, prefix=None):
    """The directory third-party modules are installed in (site-packages); with
    standard_lib, that of the standard library; with plat_specific, the one for extension
    modules.  With `prefix`, the same directory under that installation prefix."""
    if standard_lib:
        key = "platstdlib" if plat_specific else "stdlib"
    else:
        key = "platlib" if plat_specific else "purelib"
    return _scheme_path(key, prefix)


def get_config_h_filename():
    """The path of pyconfig.h."""
    import sysconfig
    return sysconfig.get_config_h_filename()


def get_makefile_filename():
    """The path of the Makefile Python was built with."""
    import sysconfig
    return sysconfig.get_makefile_filename()


def get_config_vars(*args):
    """Without arguments, the dict of the build variables (always the same dict); with
    names, the list of their values (None for an unknown name)."""
    global _config_vars
    if _config_vars is None:
        import sysconfig
        table = {name: value for name, value in sysconfig.get_config_vars().items()
                 if name not in _SCHEME_VARIABLES}
        table.setdefault("SO", table.get("EXT_SUFFIX"))
        _config_vars = table
    if args:
        return [_config_vars.get(name) for name in args]
    return _config_vars


def get_config_var(name):
    """The value of build variable `name`, or None ('SO', deprecated, is EXT_SUFFIX)."""
    if name == "SO":
        import warnings
        warnings.warn("SO is deprecated, use EXT_SUFFIX", DeprecationWarning, 2)
    return get_config_vars().get(name)


def get_platform():
    """See distutils.util.get_platform()."""
    from distutils.util import get_platform
    return get_platform()


project_base = os.path.dirname(os.path.abspath(sys.executable))
python_build = False
build_flags = ""
