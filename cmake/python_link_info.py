"""Print how this interpreter's own executable is linked, as CMake `set()` lines.

Run by cmake/PythoncPython.cmake with the interpreter pythonc will embed. Reads only this
process's memory map and sysconfig; prints nothing but the lines CMake evaluates.
"""
import os
import sys
import sysconfig


def main():
    cv = sysconfig.get_config_var
    shared_mapped = False
    try:
        with open("/proc/self/maps") as maps:
            shared_mapped = any("libpython" in line for line in maps)
    except OSError:
        pass
    static_lib = ""
    libpl, library = cv("LIBPL"), cv("LIBRARY")
    if libpl and library and library.endswith(".a"):
        candidate = os.path.join(libpl, library)
        if os.path.exists(candidate):
            static_lib = candidate
    libs = " ".join(filter(None, (cv("LIBS"), cv("SYSLIBS"), cv("MODLIBS"))))
    # Libraries only (-l...), deduplicated, order kept.
    seen, deps = set(), []
    for tok in libs.split():
        if tok.startswith("-l") and tok not in seen:
            seen.add(tok)
            deps.append(tok[2:])
    print('set(PYTHONC_PY_SHARED_MAPPED %s)' % ("ON" if shared_mapped else "OFF"))
    print('set(PYTHONC_PY_STATIC_LIB "%s")' % static_lib.replace("\\", "/"))
    print('set(PYTHONC_PY_STATIC_DEPS "%s")' % ";".join(deps))
    print('set(PYTHONC_PY_LINKFORSHARED "%s")' % (cv("LINKFORSHARED") or "").strip())
    print('set(PYTHONC_PY_VERSION "%d.%d")' % sys.version_info[:2])


main()
