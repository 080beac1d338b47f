/* type_attr.h: setting attributes of types that refuse them (type_attr.c). */
#ifndef PYTHONC_TYPE_ATTR_H
#define PYTHONC_TYPE_ATTR_H

#include <Python.h>

/* _compat._type_setattr(type, name[, value]): set (or, without value, delete) name in the
   namespace of a type that refuses new attributes (array.array, the C Element of
   _elementtree, _asyncio.Task, ...), and invalidate the lookups cached for it and its
   subclasses. For shims that restore a removed method of a C type: every instance, however
   made, then has it, and type() and isinstance() are untouched. */
PyObject *pythonc_type_setattr(PyObject *const *args, Py_ssize_t nargs);

#endif
