/* type_attr.c: set a method on a C type that refuses new attributes.

   Removed methods of C types (array.array.tostring, Element.getchildren, ...) can only come
   back on the type itself: a subclass swapped in would miss every instance made elsewhere
   (by C code, copy, pickle) and change type(). The type's namespace is changed directly, the
   way CPython changes it for a heap type, and PyType_Modified() then drops every cached
   lookup of the type and its subclasses (the method cache and the specialised bytecode keyed
   on its version tag). Types of the core (object, int, str, ...) are refused: no shim
   touches them. */
#include "type_attr.h"

/* The type's own namespace (new reference). */
static PyObject *
type_namespace(PyTypeObject *type)
{
#if PY_VERSION_HEX >= 0x030C0000
    return PyType_GetDict(type);
#else
    Py_XINCREF(type->tp_dict);
    return type->tp_dict;
#endif
}

PyObject *
pythonc_type_setattr(PyObject *const *args, Py_ssize_t nargs)
{
    if ((nargs != 2 && nargs != 3) || !PyType_Check(args[0]) || !PyUnicode_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "_type_setattr(type, name[, value])");
        return NULL;
    }
    PyTypeObject *type = (PyTypeObject *)args[0];
    PyTypeObject *core[] = {&PyBaseObject_Type, &PyType_Type, &PyLong_Type, &PyUnicode_Type,
                            &PyBytes_Type, &PyList_Type, &PyDict_Type, &PyTuple_Type};
    for (size_t i = 0; i < sizeof core / sizeof core[0]; i++) {
        if (type == core[i]) {
            PyErr_Format(PyExc_TypeError, "pythonc: will not change the core type %.100s",
                         type->tp_name);
            return NULL;
        }
    }
    PyObject *dict = type_namespace(type);
    if (dict == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_TypeError, "type %.100s has no namespace", type->tp_name);
        return NULL;
    }
    int rc;
    if (nargs == 3) {
        rc = PyDict_SetItem(dict, args[1], args[2]);
    } else {
        rc = PyDict_DelItem(dict, args[1]);
        if (rc < 0 && PyErr_ExceptionMatches(PyExc_KeyError)) {
            PyErr_Clear();
            rc = 0;
        }
    }
    Py_DECREF(dict);
    if (rc < 0)
        return NULL;
    PyType_Modified(type);
    Py_RETURN_NONE;
}
