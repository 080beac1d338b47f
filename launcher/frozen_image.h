/* frozen_image.h: reading the shims' marshalled code out of the binary. */
#ifndef PYTHONC_FROZEN_IMAGE_H
#define PYTHONC_FROZEN_IMAGE_H

#include <Python.h>

/* The code object of shims/<name>.py (new reference), or NULL with KeyError (no such file)
   or the unmarshalling error. */
PyObject *pythonc_frozen_code(const char *name);

#endif
