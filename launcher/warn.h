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

#endif
