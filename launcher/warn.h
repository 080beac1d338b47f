/* warn.h: warning about (and counting) one use of a restored API (warn.c). */
#ifndef PYTHONC_WARN_H
#define PYTHONC_WARN_H

#include <Python.h>

/* _compat._message(id, what, instead): "<what> was removed in Python <removed_in>; use
   <instead, or the entry's replacement when None> instead [pythonc: <id>]". */
PyObject *pythonc_warn_message(PyObject *const *args, Py_ssize_t nargs);

/* _compat._warn(id, message, depth): emit CompatDeprecationWarning(message) attributed to
   the Python frame `depth` levels above the calling one, past importlib's and the engine's
   frames, and count the use of shim id: True. Nothing when that frame is importlib's
   `from m import name` probe: False. */
PyObject *pythonc_warn(PyObject *const *args, Py_ssize_t nargs);

/* The same for a shim written in C, called from the built-in function that restores the API:
   attributed to the Python code that called it. `instead` may be NULL (the entry's
   replacement). Returns 1, or -1 with an exception (a warning turned into an error). */
int pythonc_warn_from_c(const char *id, const char *what, const char *instead);

#endif
