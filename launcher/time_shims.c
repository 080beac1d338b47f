/* time_shims.c: time.clock(), removed in 3.8, restored in C (the time module is imported by
   every start-up, so a Python shim on it would start the Python engine at every start-up).

   time-clock: on Linux, 3.7's clock() was the C library's clock(): the processor time of the
   process in seconds, in steps of 1/CLOCKS_PER_SEC (a microsecond), and
   get_clock_info("clock") described it (implementation "clock()", monotonic, not
   adjustable). Each call warns, as 3.7 did. get_clock_info() is wrapped so that "clock"
   is known again; every other name goes to the original untouched. */
#include "time_shims.h"
#include "warn.h"

#include <time.h>

#define TIME_SHIM "time-clock"

static PyObject *original_info;         /* the runtime's time.get_clock_info */

static PyObject *
time_clock(PyObject *self, PyObject *unused)
{
    (void)self;
    (void)unused;
    if (pythonc_warn_from_c(TIME_SHIM, "time.clock()", "time.perf_counter() or "
                            "time.process_time()") < 0)
        return NULL;
    clock_t ticks = clock();
    if (ticks == (clock_t)-1) {
        PyErr_SetString(PyExc_RuntimeError, "time.clock(): the C library cannot tell the "
                        "processor time of this process");
        return NULL;
    }
    return PyFloat_FromDouble((double)ticks / (double)CLOCKS_PER_SEC);
}

/* types.SimpleNamespace(**fields), without importing types: sys.implementation is one. */
static PyObject *
time_namespace(PyObject *fields)
{
    PyObject *impl = PySys_GetObject("implementation");     /* borrowed */
    PyObject *empty = PyTuple_New(0);
    PyObject *ns = impl != NULL && empty != NULL
                       ? PyObject_Call((PyObject *)Py_TYPE(impl), empty, fields) : NULL;
    if (impl == NULL && !PyErr_Occurred())
        PyErr_SetString(PyExc_RuntimeError, "pythonc: no sys.implementation");
    Py_XDECREF(empty);
    return ns;
}

static PyObject *
time_get_clock_info(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                    PyObject *kwnames)
{
    (void)self;
    if (nargs == 1 && kwnames == NULL && PyUnicode_Check(args[0])
        && PyUnicode_CompareWithASCIIString(args[0], "clock") == 0) {
        if (pythonc_warn_from_c(TIME_SHIM, "time.get_clock_info('clock')",
                                "time.get_clock_info('perf_counter') or "
                                "time.get_clock_info('process_time')") < 0)
            return NULL;
        /* (In 3.7's order: its namespace repr listed the fields sorted.) */
        PyObject *fields = Py_BuildValue("{s:O,s:s,s:O,s:d}", "adjustable", Py_False,
                                         "implementation", "clock()", "monotonic", Py_True,
                                         "resolution", 1.0 / (double)CLOCKS_PER_SEC);
        PyObject *ns = fields != NULL ? time_namespace(fields) : NULL;
        Py_XDECREF(fields);
        return ns;
    }
#if PY_VERSION_HEX < 0x03090000
    return _PyObject_Vectorcall(original_info, args, (size_t)nargs, kwnames);
#else
    return PyObject_Vectorcall(original_info, args, (size_t)nargs, kwnames);
#endif
}

static PyMethodDef time_defs[] = {
    {"clock", time_clock, METH_NOARGS,
     "clock()\n--\n\nThe processor time of this process, in seconds (the C library's clock()).\n\n"
     "Removed in Python 3.8 (pythonc restores it): use time.process_time() for processor "
     "time or time.perf_counter() for intervals."},
    {"get_clock_info", (PyCFunction)(void (*)(void))time_get_clock_info,
     METH_FASTCALL | METH_KEYWORDS, NULL},
};

int
pythonc_time_clock_install(void)
{
    PyObject *time = PyImport_ImportModule("time");
    PyObject *dict = time != NULL ? PyModule_GetDict(time) : NULL;
    PyObject *modname = PyUnicode_FromString("time");
    int ok = 0;

    if (dict == NULL || modname == NULL)
        goto done;
    if (PyDict_GetItemString(dict, "clock") == NULL) {
        PyObject *f = PyCFunction_NewEx(&time_defs[0], time, modname);
        if (f == NULL || PyDict_SetItemString(dict, "clock", f) < 0) {
            Py_XDECREF(f);
            goto done;
        }
        Py_DECREF(f);
    }
    if (original_info == NULL) {
        original_info = PyDict_GetItemString(dict, "get_clock_info");     /* borrowed */
        if (original_info == NULL || !PyCallable_Check(original_info)) {
            original_info = NULL;
            PyErr_SetString(PyExc_RuntimeError, "pythonc: time.get_clock_info is missing");
            goto done;
        }
        Py_INCREF(original_info);
        /* The wrapper keeps the original's name and documentation (signature included). */
        if (PyCFunction_Check(original_info))
            time_defs[1].ml_doc = ((PyCFunctionObject *)original_info)->m_ml->ml_doc;
        PyObject *f = PyCFunction_NewEx(&time_defs[1], time, modname);
        if (f == NULL || PyDict_SetItemString(dict, "get_clock_info", f) < 0) {
            Py_XDECREF(f);
            goto done;
        }
        Py_DECREF(f);
    }
    ok = 1;
done:
    Py_XDECREF(modname);
    Py_XDECREF(time);
    return ok;
}
