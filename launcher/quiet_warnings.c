/* quiet_warnings.c: warnings a newer runtime gives by default where the old one was silent,
   filtered out again under compatibility.

   - invalid-escape-syntaxwarning: "\d" in a str or bytes literal was a DeprecationWarning,
     hidden by default, up to 3.11; 3.12 made it a SyntaxWarning, shown at every compile of
     old code (3.12: "invalid escape sequence '\d'"; 3.14: "\"\d\" is an invalid escape
     sequence. ..."; likewise octal escapes above \377).
   - finally-control-flow-syntaxwarning: 3.14 warns about return, break and continue in a
     finally block (PEP 765); older releases compiled them silently.
   - unittest-addduration-warning: from 3.12 unittest warns when a test result object has no
     addDuration() method (test runners written before 3.12 have none).

   Each is one "ignore" filter appended to the warnings filters, so that it has the lowest
   priority: -W options, -X dev and filters a program installs still see the warning (and
   `-W error` still turns an invalid escape into a SyntaxError, as it did on 3.8). The
   filters go into _warnings.filters, the list the warnings module shares, without importing
   anything. Warnings filters match messages with the message pattern's match() method;
   plain strings match exactly. The escape messages differ by the escape and the release, so
   their filter's pattern is a small object of this file that matches a message containing
   one of its phrases. */
#include "quiet_warnings.h"

typedef struct {
    PyObject_HEAD
    PyObject *phrases;                  /* tuple of str */
} contains_object;

static PyObject *
contains_match(contains_object *self, PyObject *text)
{
    if (!PyUnicode_Check(text))
        Py_RETURN_FALSE;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(self->phrases); i++) {
        Py_ssize_t at = PyUnicode_Find(text, PyTuple_GET_ITEM(self->phrases, i), 0,
                                       PY_SSIZE_T_MAX, 1);
        if (at == -2)
            return NULL;
        if (at >= 0)
            Py_RETURN_TRUE;
    }
    Py_RETURN_FALSE;
}

static PyObject *
contains_repr(contains_object *self)
{
    return PyUnicode_FromFormat("<pythonc: a message containing any of %R>", self->phrases);
}

static void
contains_dealloc(contains_object *self)
{
    Py_XDECREF(self->phrases);
    PyObject_Free(self);
}

static PyMethodDef contains_methods[] = {
    {"match", (PyCFunction)contains_match, METH_O,
     "match(text)\n--\n\nWhether text contains one of the phrases."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject contains_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "_compat.MessageContains",
    .tp_basicsize = sizeof(contains_object),
    .tp_dealloc = (destructor)contains_dealloc,
    .tp_repr = (reprfunc)contains_repr,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "A warnings-filter message pattern: matches a text containing a phrase.",
    .tp_methods = contains_methods,
};

static PyObject *
contains_new(const char *const *phrases, Py_ssize_t n)
{
    if (PyType_Ready(&contains_type) < 0)
        return NULL;
    contains_object *self = PyObject_New(contains_object, &contains_type);
    if (self == NULL)
        return NULL;
    self->phrases = PyTuple_New(n);
    for (Py_ssize_t i = 0; self->phrases != NULL && i < n; i++) {
        PyObject *s = PyUnicode_FromString(phrases[i]);
        if (s == NULL) {
            Py_CLEAR(self->phrases);
            break;
        }
        PyTuple_SET_ITEM(self->phrases, i, s);
    }
    if (self->phrases == NULL) {
        Py_DECREF(self);
        return NULL;
    }
    return (PyObject *)self;
}

/* Put `filter` at the end of _warnings.filters unless it is there already. */
static int
quiet_append(PyObject *filter)
{
    PyObject *mod = PyImport_ImportModule("_warnings");
    PyObject *filters = mod != NULL ? PyObject_GetAttrString(mod, "filters") : NULL;
    int ok = 0, has;

    if (filters == NULL || !PyList_Check(filters)) {
        if (filters != NULL)
            PyErr_SetString(PyExc_RuntimeError, "pythonc: _warnings.filters is not a list");
        goto done;
    }
    if ((has = PySequence_Contains(filters, filter)) != 0) {
        ok = has > 0;
        goto done;
    }
    if (PyList_Append(filters, filter) < 0)
        goto done;
    /* Warnings already shown once, or suppressed, are cached per module: tell _warnings that
       the filters changed (3.14 renamed the function). */
    const char *names[] = {"_filters_mutated", "_filters_mutated_lock_held"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (PyObject_HasAttrString(mod, names[i])) {
            PyObject *r = PyObject_CallMethod(mod, names[i], NULL);
            if (r == NULL)
                PyErr_Clear();      /* only a cache: the filter is in place either way */
            Py_XDECREF(r);
            break;
        }
    }
    ok = 1;
done:
    Py_XDECREF(filters);
    Py_XDECREF(mod);
    return ok;
}

/* The filter ("ignore", message, category, None, 0), made once (steals message). */
static PyObject *
quiet_filter(PyObject **made, PyObject *message, PyObject *category)
{
    if (*made == NULL && message != NULL)
        *made = Py_BuildValue("(sOOOi)", "ignore", message, category, Py_None, 0);
    Py_XDECREF(message);
    return *made;
}

int
pythonc_quiet_invalid_escape_install(void)
{
    static PyObject *filter;
    static const char *const phrases[] = {"invalid escape sequence",
                                          "invalid octal escape sequence"};
    if (filter == NULL && quiet_filter(&filter, contains_new(phrases, 2),
                                       PyExc_SyntaxWarning) == NULL)
        return 0;
    return quiet_append(filter);
}

int
pythonc_quiet_finally_install(void)
{
    static PyObject *filters[3];
    static const char *const messages[] = {"'return' in a 'finally' block",
                                           "'break' in a 'finally' block",
                                           "'continue' in a 'finally' block"};
    for (int i = 0; i < 3; i++) {
        if (filters[i] == NULL && quiet_filter(&filters[i], PyUnicode_FromString(messages[i]),
                                               PyExc_SyntaxWarning) == NULL)
            return 0;
        if (!quiet_append(filters[i]))
            return 0;
    }
    return 1;
}

int
pythonc_quiet_addduration_install(void)
{
    static PyObject *filter;
    if (filter == NULL
        && quiet_filter(&filter, PyUnicode_FromString("TestResult has no addDuration method"),
                        PyExc_RuntimeWarning) == NULL)
        return 0;
    return quiet_append(filter);
}
