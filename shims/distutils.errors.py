"""distutils.errors (restored by pythonc, see shims/distutils.py): the exceptions distutils
raises.  Every class of Python 3.8 is here, with the same bases: DistutilsError and its
subclasses for distutils' own failures, CCompilerError and its subclasses for those of the
compiler classes."""


class DistutilsError(Exception):
    """Base class of the exceptions distutils raises itself."""


class DistutilsModuleError(DistutilsError):
    """A module or class distutils needed could not be loaded or found."""


class DistutilsClassError(DistutilsError):
    """A command (or distribution) class does not fit what distutils expects of it."""


class DistutilsGetoptError(DistutilsError):
    """An option table given to fancy_getopt() is malformed."""


class DistutilsArgError(DistutilsError):
    """A command-line argument is wrong (fancy_getopt's translation of getopt.error)."""


class DistutilsFileError(DistutilsError):
    """A file-system operation failed: missing file, failed copy, move or removal..."""


class DistutilsOptionError(DistutilsError):
    """An option value or combination of options makes no sense."""


class DistutilsSetupError(DistutilsError):
    """The arguments given to setup() are at fault."""


class DistutilsPlatformError(DistutilsError):
    """This platform does not support what was asked for."""


class DistutilsExecError(DistutilsError):
    """An external program could not be run, or failed (spawn())."""


class DistutilsInternalError(DistutilsError):
    """distutils was called in a way it should never be (e.g. a bad argument type)."""


class DistutilsTemplateError(DistutilsError):
    """A file-list template (MANIFEST.in) has a syntax error."""


class DistutilsByteCompileError(DistutilsError):
    """Byte-compilation is not possible (e.g. sys.dont_write_bytecode is set)."""


class CCompilerError(Exception):
    """Base class of the failures of a compile or link step."""


class PreprocessError(CCompilerError):
    """Running the C preprocessor failed."""


class CompileError(CCompilerError):
    """Compiling C or C++ sources failed."""


class LibError(CCompilerError):
    """Building a static library failed."""


class LinkError(CCompilerError):
    """Linking objects into an executable or shared library failed."""


class UnknownFileError(CCompilerError):
    """A source file has a type the compiler does not know."""
