/* warn.c: _compat._warn(), the one place where a use of a restored API is warned about and
   counted.

   Old code may use a restored API in a hot loop (isinstance(x, collections.Mapping) per
   item), so this runs in C: find the caller's frame, skipping the import machinery and the
   engine, then PyErr_WarnExplicitObject() with the caller's module registry, exactly what
   warnings.warn(stacklevel=...) does, without the Python frames and argument parsing. */
#include "warn.h"
#include "compat_module.h"
#include "frozen.h"

#include <frameobject.h>
#include <string.h>

#define WARN_ENGINE_FILE "<pythonc shims/_compat_engine.py>"
#define WARN_IMPORTLIB_PREFIX "<frozen importlib"

/* New references to a frame's parent and code, on every runtime 3.8 .. 3.14. */
static PyFrameObject *
warn_frame_back(PyFrameObject *f)
{
#if PY_VERSION_HEX >= 0x03090000
    return PyFrame_GetBack(f);
#else
    Py_XINCREF(f->f_back);
    return f->f_back;
#endif
}

static PyCodeObject *
warn_frame_code(PyFrameObject *f)
{
#if PY_VERSION_HEX >= 0x03090000
    return PyFrame_GetCode(f);
#else
    Py_INCREF(f->f_code);
    return f->f_code;
#endif
}

static PyObject *
warn_frame_globals(PyFrameObject *f)
{
#if PY_VERSION_HEX >= 0x030B0000
    return PyFrame_GetGlobals(f);
#else
    Py_INCREF(f->f_globals);
    return f->f_globals;
#endif
}

/* 1 when code belongs to the import machinery or the engine. */
static int
warn_is_machinery(PyCodeObject *code)
{
    const char *file = PyUnicode_AsUTF8(code->co_filename);
    if (file == NULL) {
        PyErr_Clear();
        return 0;
    }
    return strncmp(file, WARN_IMPORTLIB_PREFIX, sizeof WARN_IMPORTLIB_PREFIX - 1) == 0
           || strcmp(file, WARN_ENGINE_FILE) == 0;
}

/* 1 when code is importlib's _handle_fromlist, which probes `from m import name` with
   hasattr() before the real fetch: the old releases warned once, for the fetch. */
static int
warn_is_fromlist_probe(PyCodeObject *code)
{
    return PyUnicode_CompareWithASCIIString(code->co_name, "_handle_fromlist") == 0
           && warn_is_machinery(code);
}

/* The frame `depth` levels above the current Python frame, then above any machinery; NULL
   (without exception) when the stack is not that deep. *probe is set when the frame at
   `depth` is importlib's fromlist probe. New reference. */
static PyFrameObject *
warn_caller(int depth, int *probe)
{
    PyFrameObject *f = PyEval_GetFrame();
    Py_XINCREF(f);
    *probe = 0;
    for (int i = 0; f != NULL; i++) {
        PyCodeObject *code = warn_frame_code(f);
        int stop = 0;
        if (i == depth)
            *probe = warn_is_fromlist_probe(code);
        if (i >= depth)
            stop = *probe || !warn_is_machinery(code);
        Py_DECREF(code);
        if (stop)
            return f;
        PyFrameObject *back = warn_frame_back(f);
        Py_DECREF(f);
        f = back;
    }
    return NULL;
}

PyObject *
pythonc_warn_message(PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3 || !PyUnicode_Check(args[1])
        || (args[2] != Py_None && !PyUnicode_Check(args[2]))) {
        PyErr_SetString(PyExc_TypeError, "_message(id, what, instead or None)");
        return NULL;
    }
    int i = pythonc_compat_index(args[0]);
    if (i < 0)
        return NULL;
    const pythonc_catalog_entry *e = &pythonc_catalog[i];
    return PyUnicode_FromFormat("%U was removed in Python %s; use %V instead [pythonc: %s]",
                                args[1], e->removed_in, args[2] == Py_None ? NULL : args[2],
                                e->replacement, e->id);
}

/* Interned names, made once. */
static PyObject *
warn_name(PyObject **slot, const char *s)
{
    if (*slot == NULL)
        *slot = PyUnicode_InternFromString(s);
    return *slot;
}

/* Warn with `message` about a use of entry i, attributed `depth` frames up (see warn.h).
   Returns 1 when it warned, 0 for importlib's probe, -1 with an exception. */
static int
warn_use(int i, PyObject *message, int depth)
{
    static PyObject *name_key, *registry_key;
    if (warn_name(&name_key, "__name__") == NULL
        || warn_name(&registry_key, "__warningregistry__") == NULL)
        return -1;
    int probe;
    PyFrameObject *frame = warn_caller(depth, &probe);
    if (probe) {
        Py_DECREF(frame);
        return 0;
    }

    PyObject *filename, *module = NULL, *registry = NULL, *globals = NULL;
    int lineno = 1, rc = -1;
    if (frame == NULL) {
        filename = PyUnicode_FromString("sys");
        module = PyUnicode_FromString("sys");
    } else {
        PyCodeObject *code = warn_frame_code(frame);
        filename = code->co_filename;
        Py_INCREF(filename);
        Py_DECREF(code);
        lineno = PyFrame_GetLineNumber(frame);
        globals = warn_frame_globals(frame);
        module = PyDict_GetItem(globals, name_key);
        if (module == NULL || !PyUnicode_Check(module))
            module = PyUnicode_FromString("<string>");
        else
            Py_INCREF(module);
        /* As warnings.warn does: the caller's module keeps the registry. */
        registry = PyDict_GetItem(globals, registry_key);
        if (registry == NULL) {
            registry = PyDict_New();
            if (registry == NULL || PyDict_SetItem(globals, registry_key, registry) < 0)
                goto done;
        } else {
            Py_INCREF(registry);
        }
    }
    if (filename == NULL || module == NULL)
        goto done;
    pythonc_compat_record_use(i, filename, lineno);
    PyObject *category = pythonc_compat_warning_class();
    if (category != NULL
        && PyErr_WarnExplicitObject(category, message, filename, lineno, module,
                                    registry) == 0)
        rc = 1;
    Py_XDECREF(category);
done:
    Py_XDECREF(frame);
    Py_XDECREF(filename);
    Py_XDECREF(module);
    Py_XDECREF(registry);
    Py_XDECREF(globals);
    return rc;
}

PyObject *
pythonc_warn(PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3 || !PyUnicode_Check(args[1]) || !PyLong_Check(args[2])) {
        PyErr_SetString(PyExc_TypeError, "_warn(id, message, depth)");
        return NULL;
    }
    int i = pythonc_compat_index(args[0]);
    int depth = (int)PyLong_AsLong(args[2]);
    if (i < 0 || (depth == -1 && PyErr_Occurred()))
        return NULL;
    int rc = warn_use(i, args[1], depth);
    if (rc < 0)
        return NULL;
    return PyBool_FromLong(rc);
}

int
pythonc_warn_from_c(const char *id, const char *what, const char *instead)
{
    PyObject *args[3] = {PyUnicode_FromString(id), PyUnicode_FromString(what), NULL};
    PyObject *message = NULL;
    int rc = -1;
    if (instead != NULL)
        args[2] = PyUnicode_FromString(instead);
    else {
        args[2] = Py_None;
        Py_INCREF(Py_None);
    }
    if (args[0] != NULL && args[1] != NULL && args[2] != NULL)
        message = pythonc_warn_message(args, 3);
    int i = message != NULL ? pythonc_compat_index(args[0]) : -1;
    if (i >= 0)
        rc = warn_use(i, message, 0);
    Py_XDECREF(message);
    for (int k = 0; k < 3; k++)
        Py_XDECREF(args[k]);
    return rc;
}
