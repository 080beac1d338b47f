/* engine.c: the shim engine's C half.

   When the compatibility version is lowered, nothing written in Python runs at once. A
   finder written in C goes to the front of sys.meta_path; it answers None, at the cost of one
   set lookup, for every module name no active shim targets. The Python engine
   (shims/_compat_engine.py) is started the first time a watched name is imported, or at once
   when one is already imported. Shims implemented in C (open_guard.c) are applied here,
   because the modules they patch (builtins, io) are imported by every start-up. */
#include "engine.h"
#include "compat_module.h"
#include "frozen.h"
#include "frozen_image.h"
#include "open_guard.h"
#include "pythonc.h"
#include "sys_shims.h"
#include "time_shims.h"
#include "quiet_warnings.h"

#include <pythread.h>
#include <stdlib.h>
#include <string.h>

/* Shims applied in C for the targets named, unless their removal is simulated (a test knob:
   the Python engine then handles every target). */
static const struct {
    const char *id;
    const char *targets;                /* comma-separated, a subset of the catalog's */
    int (*install)(void);               /* 0 with an exception set */
} NATIVE[] = {
    {"open-u-mode", "builtins,io", pythonc_open_guard_install},
    {"sys-checkinterval", "sys", pythonc_sys_checkinterval_install},
    {"sys-callstats", "sys", pythonc_sys_callstats_install},
    {"time-clock", "time", pythonc_time_clock_install},
    {"invalid-escape-syntaxwarning", "warnings", pythonc_quiet_invalid_escape_install},
    {"finally-control-flow-syntaxwarning", "warnings", pythonc_quiet_finally_install},
    {"unittest-addduration-warning", "unittest", pythonc_quiet_addduration_install},
};

static struct {
    PyObject *watched;                  /* set of module names the finder answers for */
    PyObject *finder;                   /* the ShimFinder in sys.meta_path, once put there */
    PyObject *engine;                   /* the _compat_engine module, once started */
    int failed;                         /* the engine could not start: do not try again */
    PyThread_type_lock start_lock;
    unsigned long starting;             /* thread starting the engine, or 0 */
} e;

/* 1 when `name` (len bytes) is an item of the comma-separated `list`. */
static int
engine_list_has(const char *list, const char *name, size_t len)
{
    while (list != NULL && *list) {
        const char *end = strchr(list, ',');
        size_t n = end ? (size_t)(end - list) : strlen(list);
        if (n == len && strncmp(list, name, len) == 0)
            return 1;
        list = end ? end + 1 : NULL;
    }
    return 0;
}

static int
engine_native(const char *id)
{
    for (size_t i = 0; i < sizeof NATIVE / sizeof NATIVE[0]; i++) {
        if (strcmp(NATIVE[i].id, id) == 0)
            return (int)i;
    }
    return -1;
}

void
pythonc_engine_python_targets(int i, int simulated, char *buf, size_t size)
{
    const char *list = pythonc_catalog[i].target;
    int n = engine_native(pythonc_catalog[i].id);
    const char *skip = n >= 0 && !simulated ? NATIVE[n].targets : "";
    size_t used = 0;

    buf[0] = '\0';
    while (list != NULL && *list) {
        const char *end = strchr(list, ',');
        size_t len = end ? (size_t)(end - list) : strlen(list);
        if (!engine_list_has(skip, list, len) && used + len + 2 <= size) {
            if (used > 0)
                buf[used++] = ',';
            memcpy(buf + used, list, len);
            used += len;
            buf[used] = '\0';
        }
        list = end ? end + 1 : NULL;
    }
}

int
pythonc_engine_apply_native(const char *id)
{
    int n = engine_native(id);
    if (n < 0) {
        PyErr_Format(PyExc_KeyError, "no shim %s written in C", id);
        return 0;
    }
    return NATIVE[n].install();
}

/* The names to watch now; applies the C shims that are due on the way. */
static PyObject *
engine_watch_set(pythonc_version effective, pythonc_version running)
{
    PyObject *set = PySet_New(NULL);
    char targets[512];

    for (int i = 0; set != NULL && i < pythonc_catalog_len; i++) {
        int apply, simulated;
        if (!pythonc_compat_entry_wanted(i, effective, running, &apply, &simulated))
            continue;
        int n = engine_native(pythonc_catalog[i].id);
        if (n >= 0 && apply && !simulated && !NATIVE[n].install())
            Py_CLEAR(set);
        pythonc_engine_python_targets(i, simulated, targets, sizeof targets);
        char *save = NULL;
        for (char *name = strtok_r(targets, ",", &save); set != NULL && name != NULL;
             name = strtok_r(NULL, ",", &save)) {
            PyObject *s = PyUnicode_FromString(name);
            if (s == NULL || PySet_Add(set, s) < 0)
                Py_CLEAR(set);
            Py_XDECREF(s);
        }
    }
    return set;
}

/* ---- the Python engine ------------------------------------------------------------------- */

/* Execute the frozen engine as module _compat_engine. Returns it (new reference). */
static PyObject *
engine_load(void)
{
    PyObject *modules = PyImport_GetModuleDict();
    PyObject *code = pythonc_frozen_code("_compat_engine");
    PyObject *mod = code != NULL ? PyModule_New("_compat_engine") : NULL;
    PyObject *res = NULL;

    if (mod != NULL
        && PyDict_SetItemString(PyModule_GetDict(mod), "__builtins__", PyEval_GetBuiltins()) == 0
        && PyDict_SetItemString(modules, "_compat_engine", mod) == 0) {
        res = PyEval_EvalCode(code, PyModule_GetDict(mod), PyModule_GetDict(mod));
        if (res == NULL) {
            PyObject *et, *ev, *tb;
            PyErr_Fetch(&et, &ev, &tb);
            PyDict_DelItemString(modules, "_compat_engine");
            PyErr_Restore(et, ev, tb);
        }
    }
    Py_XDECREF(code);
    if (res == NULL)
        Py_CLEAR(mod);
    Py_XDECREF(res);
    return mod;
}

PyObject *
pythonc_engine_get(void)
{
    if (e.engine != NULL)
        return e.engine;
    if (e.failed) {
        PyErr_SetString(PyExc_ImportError, "pythonc: the shim engine failed to start");
        return NULL;
    }
    unsigned long me = PyThread_get_thread_ident();
    if (e.starting == me) {
        PyErr_SetString(PyExc_ImportError, "pythonc: the shim engine is starting");
        return NULL;
    }
    if (e.start_lock == NULL && (e.start_lock = PyThread_allocate_lock()) == NULL)
        return PyErr_NoMemory();
    /* The engine's module body may let other threads run; one thread loads it while the
       others wait without the GIL. */
    if (!PyThread_acquire_lock(e.start_lock, NOWAIT_LOCK)) {
        Py_BEGIN_ALLOW_THREADS
        PyThread_acquire_lock(e.start_lock, WAIT_LOCK);
        Py_END_ALLOW_THREADS
    }
    int started_here = 0;
    if (e.engine == NULL && !e.failed) {
        e.starting = me;
        e.engine = engine_load();
        e.starting = 0;
        e.failed = e.engine == NULL;
        started_here = 1;
    }
    PyThread_release_lock(e.start_lock);
    if (e.engine == NULL) {
        if (!started_here)
            PyErr_SetString(PyExc_ImportError, "pythonc: the shim engine failed to start");
        return NULL;
    }
    if (started_here) {
        /* Its tables are loaded (by its module body); patch what is already imported. */
        PyObject *res = PyObject_CallMethod(e.engine, "activate", NULL);
        if (res == NULL)
            return NULL;
        Py_DECREF(res);
    }
    return e.engine;
}

/* ---- the finder ---------------------------------------------------------------------------- */

PyDoc_STRVAR(find_spec_doc,
"find_spec(fullname, path=None, target=None)\n--\n\n"
"None unless an active shim targets fullname; then the Python engine's answer.");

static PyObject *
finder_find_spec(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"fullname", "path", "target"};
    PyObject *a[3] = {NULL, Py_None, Py_None};
    (void)self;

    if (nargs > 3) {
        PyErr_Format(PyExc_TypeError, "find_spec() takes at most 3 arguments (%zd given)",
                     nargs);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < nargs; i++)
        a[i] = args[i];
    for (Py_ssize_t k = 0; kwnames != NULL && k < PyTuple_GET_SIZE(kwnames); k++) {
        PyObject *key = PyTuple_GET_ITEM(kwnames, k);
        int j = 0;
        while (j < 3 && PyUnicode_CompareWithASCIIString(key, names[j]) != 0)
            j++;
        if (j == 3 || j < nargs) {
            PyErr_Format(PyExc_TypeError, j == 3
                         ? "find_spec() got an unexpected keyword argument %R"
                         : "find_spec() got multiple values for argument %R", key);
            return NULL;
        }
        a[j] = args[nargs + k];
    }
    if (a[0] == NULL) {
        PyErr_SetString(PyExc_TypeError, "find_spec() missing required argument 'fullname'");
        return NULL;
    }
    int watched = e.watched != NULL ? PySet_Contains(e.watched, a[0]) : 0;
    if (watched <= 0) {
        if (watched < 0) {
            if (!PyErr_ExceptionMatches(PyExc_TypeError))
                return NULL;
            PyErr_Clear();              /* an unhashable name is no module of ours */
        }
        Py_RETURN_NONE;
    }
    if (e.failed)
        Py_RETURN_NONE;                 /* the first failure was raised; import unshimmed */
    PyObject *engine = pythonc_engine_get();
    if (engine == NULL)
        return NULL;
    return PyObject_CallMethod(engine, "find_spec", "OOO", a[0], a[1], a[2]);
}

static PyObject *
finder_invalidate_caches(PyObject *self, PyObject *unused)
{
    (void)self;
    (void)unused;
    Py_RETURN_NONE;
}

static PyObject *
finder_repr(PyObject *self)
{
    (void)self;
    return PyUnicode_FromString("<pythonc ShimFinder>");
}

static PyMethodDef finder_methods[] = {
    {"find_spec", (PyCFunction)(void (*)(void))finder_find_spec, METH_FASTCALL | METH_KEYWORDS,
     find_spec_doc},
    {"invalidate_caches", finder_invalidate_caches, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject finder_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "_compat.ShimFinder",
    .tp_basicsize = sizeof(PyObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "pythonc's finder at the front of sys.meta_path while shims are active: it "
              "answers only for the module names an active shim targets.",
    .tp_repr = finder_repr,
    .tp_methods = finder_methods,
    .tp_new = PyType_GenericNew,
};

PyObject *
pythonc_engine_finder_type(void)
{
    if (!(finder_type.tp_flags & Py_TPFLAGS_READY) && PyType_Ready(&finder_type) < 0)
        return NULL;
    return (PyObject *)&finder_type;
}

static int
engine_insert_finder(void)
{
    PyObject *type = pythonc_engine_finder_type();
    PyObject *meta_path = PySys_GetObject("meta_path");     /* borrowed */
    if (type == NULL)
        return 0;
    if (meta_path == NULL || !PyList_Check(meta_path)) {
        PyErr_SetString(PyExc_RuntimeError, "pythonc: sys.meta_path is not a list");
        return 0;
    }
    e.finder = PyObject_CallObject(type, NULL);
    if (e.finder == NULL)
        return 0;
    return PyList_Insert(meta_path, 0, e.finder) == 0;
}

/* 1 when some watched name is already in sys.modules. */
static int
engine_watched_imported(void)
{
    PyObject *modules = PyImport_GetModuleDict();
    PyObject *it = PyObject_GetIter(e.watched), *name;
    int found = 0;
    if (it == NULL)
        return -1;
    while (!found && (name = PyIter_Next(it)) != NULL) {
        found = PyDict_GetItemWithError(modules, name) != NULL ? 1 : PyErr_Occurred() ? -1 : 0;
        Py_DECREF(name);
    }
    Py_DECREF(it);
    return found == 0 && PyErr_Occurred() ? -1 : found;
}

int
pythonc_engine_update(pythonc_version effective, pythonc_version running)
{
    if (pythonc_version_cmp(effective, running) >= 0 && getenv(PYTHONC_SIMULATE_ENV) == NULL)
        return 1;                       /* nothing lowered: the common case, no scan */
    PyObject *watched = engine_watch_set(effective, running);
    if (watched == NULL)
        return 0;
    if (PySet_GET_SIZE(watched) == 0 && e.watched == NULL) {
        Py_DECREF(watched);
        return 1;                       /* only C shims (or none) are due */
    }
    Py_XSETREF(e.watched, watched);
    if (e.finder == NULL && !engine_insert_finder())
        return 0;
    if (e.engine != NULL) {
        PyObject *res = PyObject_CallMethod(e.engine, "version_changed", NULL);
        Py_XDECREF(res);
        return res != NULL;
    }
    int imported = engine_watched_imported();
    if (imported <= 0)
        return imported == 0;
    return pythonc_engine_get() != NULL;
}
