/* sys_shims.c: the sys functions removed in 3.9, restored in C (every start-up imports sys,
   so a Python shim on it would start the Python engine at every start-up).

   sys-checkinterval: getcheckinterval() / setcheckinterval(n). Since 3.2 the interpreter
   switches threads by time (sys.setswitchinterval), and up to 3.8 these two only kept a
   number: 100 until set, whatever was set after. Each call warns, after its argument was
   accepted, as 3.8 did.
   sys-callstats: callstats() always returned None (and warned from 3.7). */
#include "sys_shims.h"
#include "warn.h"

static int check_interval = 100;

static PyObject *
sys_getcheckinterval(PyObject *self, PyObject *unused)
{
    (void)self;
    (void)unused;
    if (pythonc_warn_from_c("sys-checkinterval", "sys.getcheckinterval()",
                            "sys.getswitchinterval()") < 0)
        return NULL;
    return PyLong_FromLong(check_interval);
}

static PyObject *
sys_setcheckinterval(PyObject *self, PyObject *args)
{
    int n;
    (void)self;
    if (!PyArg_ParseTuple(args, "i:setcheckinterval", &n))
        return NULL;
    if (pythonc_warn_from_c("sys-checkinterval", "sys.setcheckinterval()",
                            "sys.setswitchinterval()") < 0)
        return NULL;
    check_interval = n;
    Py_RETURN_NONE;
}

static PyObject *
sys_callstats(PyObject *self, PyObject *unused)
{
    (void)self;
    (void)unused;
    if (pythonc_warn_from_c("sys-callstats", "sys.callstats()", NULL) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyMethodDef sys_defs[] = {
    {"getcheckinterval", sys_getcheckinterval, METH_NOARGS,
     "getcheckinterval()\n--\n\nReturn the current check interval; see sys.setcheckinterval()."},
    {"setcheckinterval", sys_setcheckinterval, METH_VARARGS,
     "setcheckinterval(n)\n--\n\nSet the async event check interval to n instructions.\n\n"
     "Removed in Python 3.9 (pythonc restores it): it has had no effect since 3.2; "
     "see sys.setswitchinterval()."},
    {"callstats", sys_callstats, METH_NOARGS,
     "callstats()\n--\n\nReturn None (removed in Python 3.9; restored by pythonc)."},
};

/* Set sys.<name> to the built-in function of defs[k] unless sys has that name. */
static int
sys_restore(int k)
{
    PyObject *sysdict = PyImport_GetModuleDict() != NULL
                            ? PyDict_GetItemString(PyImport_GetModuleDict(), "sys") : NULL;
    PyObject *dict = sysdict != NULL ? PyModule_GetDict(sysdict) : NULL;
    if (dict == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "pythonc: no sys module");
        return 0;
    }
    if (PyDict_GetItemString(dict, sys_defs[k].ml_name) != NULL)
        return 1;
    PyObject *modname = PyUnicode_FromString("sys");
    PyObject *f = modname != NULL ? PyCFunction_NewEx(&sys_defs[k], sysdict, modname) : NULL;
    int ok = f != NULL && PyDict_SetItemString(dict, sys_defs[k].ml_name, f) == 0;
    Py_XDECREF(f);
    Py_XDECREF(modname);
    return ok;
}

int
pythonc_sys_checkinterval_install(void)
{
    return sys_restore(0) && sys_restore(1);
}

int
pythonc_sys_callstats_install(void)
{
    return sys_restore(2);
}
