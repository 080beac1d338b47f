/* open_guard.h: open() that takes the "U" mode flag again (shim open-u-mode), in C. */
#ifndef PYTHONC_OPEN_GUARD_H
#define PYTHONC_OPEN_GUARD_H

#include <Python.h>

/* Put the guard in place of the runtime's open() in _io, io (open, OpenWrapper) and builtins,
   wherever they hold the original. Idempotent. Returns 0 with an exception set. */
int pythonc_open_guard_install(void);

#endif
