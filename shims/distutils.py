"""The `distutils` package, restored by pythonc for code written for Python 3.11 and older:
the parts of it that programs use while they run, not the build system.

`distutils` was deprecated in 3.10 (PEP 632) and removed in 3.12.  pythonc serves this package
only where no real `distutils` is found: with setuptools installed, setuptools' own copy (which
its `_distutils_hack` puts in place) wins.  The submodules restored with it are fresh
implementations of their documented interface, written from the library reference and the
observed behaviour of Python 3.8:

    distutils.version      Version, LooseVersion, StrictVersion
    distutils.util         strtobool, get_platform, convert_path, change_root, split_quoted,
                           rfc822_escape, check_environ, subst_vars, execute, byte_compile
    distutils.spawn        spawn, find_executable
    distutils.errors       the exception classes, in the same hierarchy
    distutils.dir_util     mkpath, create_tree, copy_tree, remove_tree
    distutils.file_util    copy_file, move_file, write_file
    distutils.dep_util     newer, newer_group, newer_pairwise
    distutils.log          Log and the module-level logging functions
    distutils.sysconfig    get_python_lib, get_python_inc, get_config_var(s), ... (on sysconfig)
    distutils.debug        DEBUG

`distutils.core`, `distutils.command` and `distutils.ccompiler` (building and installing
packages) are not restored: importing them raises ModuleNotFoundError naming setuptools.
Importing the package emits one `_compat.CompatDeprecationWarning` attributed to the importing
line (3.8 itself did not warn); `import distutils.util` and the like warn once, not once per
module loaded.
"""

__shim__ = {"id": "distutils-package", "removed_in": "3.12",
            "target": ("distutils", "distutils.version", "distutils.util", "distutils.spawn",
                       "distutils.errors", "distutils.dir_util", "distutils.file_util",
                       "distutils.dep_util", "distutils.log", "distutils.sysconfig",
                       "distutils.debug", "distutils.core", "distutils.command",
                       "distutils.ccompiler"),
            "replacement": "setuptools (its distutils), packaging.version, shutil.which, "
                           "sysconfig"}

import sys

# The interpreter's version as 3.8 reported it: sys.version up to the build information.
__version__ = sys.version.partition(" ")[0]
