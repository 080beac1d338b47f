/* compat_module.h: the built-in _compat module and the process-wide compatibility state. */
#ifndef PYTHONC_COMPAT_MODULE_H
#define PYTHONC_COMPAT_MODULE_H

#include <Python.h>
#include "compat_state.h"

/* Take the start-up state (copied) and hand it to child processes through PYTHONC_INHERIT
   (unset when there is nothing to hand over). Before the interpreter starts. */
PyStatus pythonc_compat_adopt(const pythonc_compat_state *state);

/* Register _compat as a built-in module (PyImport_AppendInittab). Before initialisation. */
PyStatus pythonc_compat_register(void);

/* Import _compat and install its three functions on sys; when the start-up version is
   lowered, start the shim engine. After the core phase, before any user code. */
PyStatus pythonc_compat_install(void);

/* For engine.c and open_guard.c. */

/* 1 when catalog entry i is restorable, not switched off, and either active (*apply) or a
   simulated removal (*simulated). */
int pythonc_compat_entry_wanted(int i, pythonc_version effective, pythonc_version running,
                                int *apply, int *simulated);

/* 1 when the shim `id` was switched off with _compat.disable(). */
int pythonc_compat_id_disabled(const char *id);

/* The catalog index of shim id (a str), or -1 with KeyError/TypeError. */
int pythonc_compat_index(PyObject *id);

/* Count one use of entry i, remembering the first caller. */
void pythonc_compat_record_use(int i, PyObject *filename, int lineno);

/* CompatDeprecationWarning (new reference), made on first use; NULL with an exception. */
PyObject *pythonc_compat_warning_class(void);

#endif
