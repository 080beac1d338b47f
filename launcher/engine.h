/* engine.h: the shim engine's C half (engine.c). */
#ifndef PYTHONC_ENGINE_H
#define PYTHONC_ENGINE_H

#include <Python.h>
#include "version.h"

/* The compatibility version changed (at start-up, or lowered at run time): recompute which
   module names the finder watches, apply the shims implemented in C, put the finder in
   sys.meta_path, and start or tell the Python engine when a watched module is already
   imported. Nothing at all when the version is not lowered and no removal is simulated.
   Returns 0 with an exception set. */
int pythonc_engine_update(pythonc_version effective, pythonc_version running);

/* The _compat_engine module, started on first use (borrowed reference), or NULL with an
   exception set. */
PyObject *pythonc_engine_get(void);

/* Apply the shim `id` written in C (also what its Python declaration's apply function calls,
   under a simulated removal). Returns 0 with an exception set (KeyError: no such C shim). */
int pythonc_engine_apply_native(const char *id);

/* The finder's type (_compat.ShimFinder), ready; NULL with an exception set. Borrowed. */
PyObject *pythonc_engine_finder_type(void);

/* The targets of catalog entry i that the Python engine handles: the catalog's, minus those
   a C shim covers (unless the removal is simulated, where Python handles them all). */
void pythonc_engine_python_targets(int i, int simulated, char *buf, size_t size);

#endif
