/* compat_module.c: _compat, PEP 606's sys functions, the catalog, and the engine hand-off. */
#include "compat_module.h"
#include "engine.h"
#include "type_attr.h"
#include "warn.h"
#include "frozen.h"
#include "frozen_image.h"
#include "pythonc.h"

#include <pythread.h>
#include <stdlib.h>
#include <string.h>

/* Process-wide state. `state` is read and written only under `lock`; the rest is touched
   only with the GIL held. */
static struct {
    pythonc_compat_state state;
    PyThread_type_lock lock;
    PyObject *warning;              /* CompatDeprecationWarning */
    /* Per catalog entry: switched off, uses, first caller. */
    char *disabled;
    char *simulated;                /* named by PYTHONC_SIMULATE_REMOVAL */
    Py_ssize_t *uses;
    PyObject **first_file;
    int *first_line;
} g;

static const char SYS_FUNCS[][32] = {
    "set_python_compat_version", "set_python_min_compat_version", "get_python_compat_version",
};

PyStatus
pythonc_compat_adopt(const pythonc_compat_state *state)
{
    char inherit[64];
    g.state = *state;
    pythonc_compat_inherit_format(&g.state, inherit, sizeof inherit);
    if (inherit[0] != '\0') {
        if (setenv(PYTHONC_INHERIT_ENV, inherit, 1) != 0)
            return PyStatus_NoMemory();
    } else {
        unsetenv(PYTHONC_INHERIT_ENV);
    }
    return PyStatus_Ok();
}

/* ---- versions as Python objects ------------------------------------------------------- */

/* Convert a tuple of 2 or 3 ints. Returns 0 with TypeError/ValueError set. */
static int
compat_version_from_object(PyObject *obj, pythonc_version *out)
{
    long f[3] = {0, 0, 0};
    Py_ssize_t n;
    const char *why;

    if (!PyTuple_Check(obj) || (n = PyTuple_GET_SIZE(obj)) < 2 || n > 3) {
        PyErr_Format(PyExc_TypeError,
                     "version must be a tuple of 2 or 3 integers, e.g. (3, 8), not %.100s",
                     PyTuple_Check(obj) ? "a tuple of that length" : Py_TYPE(obj)->tp_name);
        return 0;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = PyTuple_GET_ITEM(obj, i);
        int overflow = 0;
        if (!PyLong_Check(item) || PyBool_Check(item)) {
            PyErr_Format(PyExc_TypeError,
                         "version must be a tuple of 2 or 3 integers, e.g. (3, 8); "
                         "item %zd is %.100s", i, Py_TYPE(item)->tp_name);
            return 0;
        }
        f[i] = PyLong_AsLongAndOverflow(item, &overflow);
        if (f[i] == -1 && PyErr_Occurred())
            return 0;
        if (overflow)
            f[i] = overflow > 0 ? PYTHONC_VERSION_FIELD_MAX + 1 : -1;
    }
    if (!pythonc_version_check(f[0], f[1], f[2], &why)) {
        PyErr_Format(PyExc_ValueError, "version %R %s", obj, why);
        return 0;
    }
    out->major = (int)f[0];
    out->minor = (int)f[1];
    out->micro = (int)f[2];
    return 1;
}

static PyObject *
compat_version_to_tuple(pythonc_version v)
{
    return Py_BuildValue("(iii)", v.major, v.minor, v.micro);
}

/* ---- the catalog ------------------------------------------------------------------------ */

/* 1 when the test knob PYTHONC_SIMULATE_REMOVAL names this entry (read once, at start-up). */
static int
compat_is_simulated(const pythonc_catalog_entry *e)
{
    return g.simulated != NULL && g.simulated[e - pythonc_catalog];
}

static void
compat_read_simulated(void)
{
    const char *value = getenv(PYTHONC_SIMULATE_ENV);
    for (int i = 0; value != NULL && i < pythonc_catalog_len; i++) {
        const char *list = value, *id = pythonc_catalog[i].id;
        size_t len = strlen(id);
        while (list != NULL && *list) {
            const char *end = strchr(list, ',');
            size_t n = end ? (size_t)(end - list) : strlen(list);
            if (n == len && strncmp(list, id, len) == 0)
                g.simulated[i] = 1;
            list = end ? end + 1 : NULL;
        }
    }
}

/* 1 when a restorable entry is to be applied: effective < removed_in <= running, or, when
   its removal is simulated, effective < removed_in and effective < running. */
static int
compat_entry_active(const pythonc_catalog_entry *e, pythonc_version effective,
                    pythonc_version running)
{
    pythonc_version r = {e->removed[0], e->removed[1], e->removed[2]};
    if (!e->restorable || pythonc_version_cmp(effective, r) >= 0)
        return 0;
    if (pythonc_version_cmp(r, running) <= 0)
        return 1;
    /* Simulated: the runtime plays one where it was removed; only an explicit request
       (a version below the running one) brings it back. */
    return compat_is_simulated(e) && pythonc_version_cmp(effective, running) < 0;
}

int
pythonc_compat_entry_wanted(int i, pythonc_version effective, pythonc_version running,
                            int *apply, int *simulated)
{
    const pythonc_catalog_entry *e = &pythonc_catalog[i];
    if (!e->restorable || g.disabled[i])
        return 0;
    *apply = compat_entry_active(e, effective, running);
    *simulated = compat_is_simulated(e);
    return *apply || *simulated;
}

int
pythonc_compat_id_disabled(const char *id)
{
    /* The freezer writes the catalog sorted by id (a C shim asks on every call). */
    int lo = 0, hi = pythonc_catalog_len - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        int cmp = strcmp(pythonc_catalog[mid].id, id);
        if (cmp == 0)
            return g.disabled[mid];
        if (cmp < 0)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return 0;
}

/* Hand the new state to future child processes: through os.environ when os is loaded (it
   calls putenv, so the C environment agrees), else through setenv. Returns 0 with an
   exception set. */
static int
compat_export(const pythonc_compat_state *state)
{
    char inherit[64];
    int ok = 0;
    pythonc_compat_inherit_format(state, inherit, sizeof inherit);
    PyObject *os = PyDict_GetItemString(PyImport_GetModuleDict(), "os");
    if (os == NULL) {
        if (setenv(PYTHONC_INHERIT_ENV, inherit, 1) != 0) {
            PyErr_SetFromErrno(PyExc_OSError);
            return 0;
        }
        return 1;
    }
    PyObject *environ = PyObject_GetAttrString(os, "environ");
    PyObject *key = PyUnicode_FromString(PYTHONC_INHERIT_ENV);
    PyObject *value = PyUnicode_FromString(inherit);
    if (environ != NULL && key != NULL && value != NULL)
        ok = PyObject_SetItem(environ, key, value) == 0;
    Py_XDECREF(value);
    Py_XDECREF(key);
    Py_XDECREF(environ);
    return ok;
}

/* ---- module functions ----------------------------------------------------------------- */

/* A consistent copy of the state, taken under the lock. */
static pythonc_compat_state
compat_snapshot(void)
{
    PyThread_acquire_lock(g.lock, WAIT_LOCK);
    pythonc_compat_state copy = g.state;
    PyThread_release_lock(g.lock);
    return copy;
}

/* Shared body of the two setters. */
static PyObject *
compat_set(PyObject *arg, int is_floor)
{
    pythonc_version v, before, after;
    char err[512], source[PYTHONC_SOURCE_MAX];
    int ok;

    if (!compat_version_from_object(arg, &v))
        return NULL;
    snprintf(source, sizeof source, "sys.%s((%d, %d, %d))",
             is_floor ? "set_python_min_compat_version" : "set_python_compat_version",
             v.major, v.minor, v.micro);
    PyThread_acquire_lock(g.lock, WAIT_LOCK);
    before = pythonc_compat_effective(&g.state);
    ok = is_floor ? pythonc_compat_floor(&g.state, v, source, err, sizeof err)
                  : pythonc_compat_request(&g.state, v, source, err, sizeof err);
    after = pythonc_compat_effective(&g.state);
    pythonc_compat_state snapshot = g.state;
    PyThread_release_lock(g.lock);
    if (!ok) {
        PyErr_SetString(PyExc_ValueError, err);
        return NULL;
    }
    if (!compat_export(&snapshot))
        return NULL;
    if (pythonc_version_cmp(after, before) < 0
        && !pythonc_engine_update(after, snapshot.running))
        return NULL;
    Py_RETURN_NONE;
}

PyDoc_STRVAR(set_version_doc,
"set_python_compat_version(version)\n--\n\n"
"Request compatibility with an older Python: version is a tuple (major, minor[, micro]),\n"
"at least (3, 0). Several requests: the lowest wins. ValueError below the minimum set by\n"
"set_python_min_compat_version(). APIs removed after that version come back, each use\n"
"warning with CompatDeprecationWarning.");

static PyObject *
compat_set_version(PyObject *self, PyObject *arg)
{
    (void)self;
    return compat_set(arg, 0);
}

PyDoc_STRVAR(set_min_version_doc,
"set_python_min_compat_version(min_version)\n--\n\n"
"Refuse compatibility versions below min_version, a tuple (major, minor[, micro]) of at\n"
"least (3, 0). ValueError if a lower version was already requested.");

static PyObject *
compat_set_min_version(PyObject *self, PyObject *arg)
{
    (void)self;
    return compat_set(arg, 1);
}

PyDoc_STRVAR(get_version_doc,
"get_python_compat_version()\n--\n\n"
"The compatibility version as a tuple of 3 integers: the running version unless a lower\n"
"one was requested.");

static PyObject *
compat_get_version(PyObject *self, PyObject *unused)
{
    (void)self;
    (void)unused;
    pythonc_compat_state now = compat_snapshot();
    return compat_version_to_tuple(pythonc_compat_effective(&now));
}

static PyObject *
compat_get_min_version(PyObject *self, PyObject *unused)
{
    (void)self;
    (void)unused;
    pythonc_compat_state now = compat_snapshot();
    if (!now.has_floor)
        Py_RETURN_NONE;
    return compat_version_to_tuple(now.floor);
}

int
pythonc_compat_index(PyObject *id)
{
    /* A dict id -> index, made on first use: _warn() looks an id up at every use. */
    static PyObject *index;
    if (!PyUnicode_Check(id)) {
        PyErr_Format(PyExc_TypeError, "shim id must be a str, not %.100s",
                     Py_TYPE(id)->tp_name);
        return -1;
    }
    if (index == NULL) {
        PyObject *d = PyDict_New();
        for (int i = 0; d != NULL && i < pythonc_catalog_len; i++) {
            PyObject *n = PyLong_FromLong(i);
            if (n == NULL || PyDict_SetItemString(d, pythonc_catalog[i].id, n) < 0)
                Py_CLEAR(d);
            Py_XDECREF(n);
        }
        if (d == NULL)
            return -1;
        index = d;
    }
    PyObject *n = PyDict_GetItemWithError(index, id);
    if (n == NULL) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_KeyError, "no shim %R in the catalog", id);
        return -1;
    }
    return (int)PyLong_AsLong(n);
}

/* Build one catalog row as a dict. */
static PyObject *
compat_entry_dict(int i, pythonc_version effective, pythonc_version running)
{
    const pythonc_catalog_entry *e = &pythonc_catalog[i];
    int active = !g.disabled[i] && compat_entry_active(e, effective, running);
    PyObject *first = Py_None;
    if (g.first_file[i] != NULL)
        first = Py_BuildValue("(Oi)", g.first_file[i], g.first_line[i]);
    else
        Py_INCREF(first);
    if (first == NULL)
        return NULL;
    PyObject *d = Py_BuildValue(
        "{s:s,s:s,s:s,s:s,s:s,s:s,s:O,s:s,s:O,s:O,s:O,s:n,s:N}",
        "id", e->id, "module", e->target, "file", e->file, "removed_in", e->removed_in,
        "replacement", e->replacement, "kind", e->kind,
        "restorable", e->restorable ? Py_True : Py_False, "reason", e->reason,
        "active", active ? Py_True : Py_False,
        "simulated", compat_is_simulated(e) ? Py_True : Py_False, "disabled", g.disabled[i] ? Py_True : Py_False,
        "uses", g.uses[i], "first_use", first);
    return d;
}

PyDoc_STRVAR(shims_doc,
"shims()\n--\n\n"
"The shim catalog: a list of dicts with id, module, file, removed_in, replacement, kind,\n"
"restorable, reason (why not restorable), active, simulated, disabled, uses and first_use\n"
"((filename, lineno) of the first use, or None).");

static PyObject *
compat_shims(PyObject *self, PyObject *unused)
{
    (void)self;
    (void)unused;
    pythonc_compat_state now = compat_snapshot();
    pythonc_version effective = pythonc_compat_effective(&now);
    pythonc_version running = now.running;
    PyObject *list = PyList_New(pythonc_catalog_len);
    if (list == NULL)
        return NULL;
    for (int i = 0; i < pythonc_catalog_len; i++) {
        PyObject *d = compat_entry_dict(i, effective, running);
        if (d == NULL) {
            Py_DECREF(list);
            return NULL;
        }
        PyList_SET_ITEM(list, i, d);
    }
    return list;
}

PyDoc_STRVAR(watched_doc,
"_watched()\n--\n\n"
"For the engine: (id, module, file, kind, removed_in, replacement, apply, simulated) for\n"
"every"
" entry it must handle now: active ones (apply=True) and simulated removals.");

static PyObject *
compat_watched(PyObject *self, PyObject *unused)
{
    (void)self;
    (void)unused;
    pythonc_compat_state now = compat_snapshot();
    pythonc_version effective = pythonc_compat_effective(&now);
    pythonc_version running = now.running;
    PyObject *list = PyList_New(0);
    char targets[512];
    if (list == NULL)
        return NULL;
    for (int i = 0; i < pythonc_catalog_len; i++) {
        const pythonc_catalog_entry *e = &pythonc_catalog[i];
        int apply, simulated;
        if (!pythonc_compat_entry_wanted(i, effective, running, &apply, &simulated))
            continue;
        pythonc_engine_python_targets(i, simulated, targets, sizeof targets);
        if (targets[0] == '\0')
            continue;                   /* applied in C only */
        PyObject *t = Py_BuildValue("(ssssssOO)", e->id, targets, e->file, e->kind,
                                    e->removed_in,
                                    e->replacement, apply ? Py_True : Py_False,
                                    simulated ? Py_True : Py_False);
        if (t == NULL || PyList_Append(list, t) < 0) {
            Py_XDECREF(t);
            Py_DECREF(list);
            return NULL;
        }
        Py_DECREF(t);
    }
    return list;
}

static PyObject *
compat_is_disabled(PyObject *self, PyObject *id)
{
    (void)self;
    int i = pythonc_compat_index(id);
    if (i < 0)
        return NULL;
    return PyBool_FromLong(g.disabled[i]);
}

PyDoc_STRVAR(disable_doc,
"disable(id)\n--\n\n"
"Switch a shim off. It is not applied to modules imported from now on; where it is\n"
"already applied it stays. KeyError for an unknown id.");

static PyObject *
compat_disable(PyObject *self, PyObject *id)
{
    (void)self;
    int i = pythonc_compat_index(id);
    if (i < 0)
        return NULL;
    g.disabled[i] = 1;
    Py_RETURN_NONE;
}

void
pythonc_compat_record_use(int i, PyObject *filename, int lineno)
{
    g.uses[i]++;
    if (g.first_file[i] == NULL) {
        Py_INCREF(filename);
        g.first_file[i] = filename;
        g.first_line[i] = lineno;
    }
}

static PyObject *
compat_warn(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    return pythonc_warn(args, nargs);
}

static PyObject *
compat_type_setattr(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    return pythonc_type_setattr(args, nargs);
}

static PyObject *
compat_apply_native(PyObject *self, PyObject *id)
{
    (void)self;
    const char *s = PyUnicode_Check(id) ? PyUnicode_AsUTF8(id) : NULL;
    if (s == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_TypeError, "shim id must be a str");
        return NULL;
    }
    if (!pythonc_engine_apply_native(s))
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
compat_message(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    return pythonc_warn_message(args, nargs);
}

PyDoc_STRVAR(code_doc,
"_code(name)\n--\n\n"
"The frozen code object of shims/<name>.py (for the engine).");

static PyObject *
compat_code(PyObject *self, PyObject *name)
{
    (void)self;
    const char *s = PyUnicode_Check(name) ? PyUnicode_AsUTF8(name) : NULL;
    if (s == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_TypeError, "name must be a str");
        return NULL;
    }
    return pythonc_frozen_code(s);
}

PyDoc_STRVAR(simulated_doc,
"_simulated_removals()\n--\n\n"
"The test knob PYTHONC_SIMULATE_REMOVAL (comma-separated shim ids), or ''. Read from the C\n"
"environment so that the engine needs no module that is not built in.");

static PyObject *
compat_simulated_removals(PyObject *self, PyObject *unused)
{
    (void)self;
    (void)unused;
    const char *value = getenv(PYTHONC_SIMULATE_ENV);
    return PyUnicode_DecodeFSDefault(value ? value : "");
}

/* CompatDeprecationWarning is made on first use (PEP 562 module __getattr__): creating a
   class costs start-up time that most runs never need. */
PyObject *
pythonc_compat_warning_class(void)
{
    if (g.warning == NULL) {
        g.warning = PyErr_NewExceptionWithDoc(
            "_compat.CompatDeprecationWarning",
            "An API removed from Python and restored by pythonc was used.",
            PyExc_DeprecationWarning, NULL);
    }
    Py_XINCREF(g.warning);
    return g.warning;
}

static PyObject *
compat_module_getattr(PyObject *module, PyObject *name)
{
    if (PyUnicode_Check(name) && PyUnicode_CompareWithASCIIString(name, "CompatDeprecationWarning") == 0) {
        PyObject *cls = pythonc_compat_warning_class();
        if (cls != NULL && PyObject_SetAttr(module, name, cls) < 0)
            Py_CLEAR(cls);
        return cls;
    }
    if (PyUnicode_Check(name) && PyUnicode_CompareWithASCIIString(name, "ShimFinder") == 0) {
        PyObject *type = pythonc_engine_finder_type();
        Py_XINCREF(type);
        return type;
    }
    PyErr_Format(PyExc_AttributeError, "module '_compat' has no attribute %R", name);
    return NULL;
}

static PyMethodDef compat_methods[] = {
    {"__getattr__", compat_module_getattr, METH_O, NULL},
    {"_simulated_removals", compat_simulated_removals, METH_NOARGS, simulated_doc},
    {"set_python_compat_version", compat_set_version, METH_O, set_version_doc},
    {"set_python_min_compat_version", compat_set_min_version, METH_O, set_min_version_doc},
    {"get_python_compat_version", compat_get_version, METH_NOARGS, get_version_doc},
    {"_get_min_compat_version", compat_get_min_version, METH_NOARGS, NULL},
    {"shims", compat_shims, METH_NOARGS, shims_doc},
    {"disable", compat_disable, METH_O, disable_doc},
    {"_watched", compat_watched, METH_NOARGS, watched_doc},
    {"_is_disabled", compat_is_disabled, METH_O, NULL},
    {"_warn", (PyCFunction)(void (*)(void))compat_warn, METH_FASTCALL, NULL},
    {"_message", (PyCFunction)(void (*)(void))compat_message, METH_FASTCALL, NULL},
    {"_apply_native", compat_apply_native, METH_O, NULL},
    {"_type_setattr", (PyCFunction)(void (*)(void))compat_type_setattr, METH_FASTCALL, NULL},
    {"_code", compat_code, METH_O, code_doc},
    {NULL, NULL, 0, NULL},
};

PyDoc_STRVAR(module_doc,
"pythonc's compatibility version (PEP 606) and the catalog of shims that restore\n"
"standard-library APIs removed since that version.");

static struct PyModuleDef compat_def = {
    PyModuleDef_HEAD_INIT, "_compat", module_doc, -1, compat_methods,
    NULL, NULL, NULL, NULL,
};

static PyObject *
compat_init(void)
{
    if (g.lock == NULL) {
        g.lock = PyThread_allocate_lock();
        size_t n = (size_t)pythonc_catalog_len + 1;
        g.disabled = calloc(n, 1);
        g.simulated = calloc(n, 1);
        g.uses = calloc(n, sizeof *g.uses);
        g.first_file = calloc(n, sizeof *g.first_file);
        g.first_line = calloc(n, sizeof *g.first_line);
        if (g.lock == NULL || !g.disabled || !g.simulated || !g.uses || !g.first_file
            || !g.first_line)
            return PyErr_NoMemory();
        compat_read_simulated();
    }
    return PyModule_Create(&compat_def);
}

PyStatus
pythonc_compat_register(void)
{
    if (PyImport_AppendInittab("_compat", compat_init) < 0)
        return PyStatus_Error("pythonc: cannot register the _compat module");
    return PyStatus_Ok();
}

/* __spec__ and __loader__ as the import system sets them for a built-in module. */
static int
compat_set_builtin_spec(PyObject *mod)
{
    PyObject *bootstrap = PyDict_GetItemString(PyImport_GetModuleDict(), "_frozen_importlib");
    if (bootstrap == NULL) {
        PyErr_SetString(PyExc_ImportError, "importlib is not initialised");
        return -1;
    }
    PyObject *loader = PyObject_GetAttrString(bootstrap, "BuiltinImporter");
    PyObject *spec_type = PyObject_GetAttrString(bootstrap, "ModuleSpec");
    PyObject *spec = NULL;
    int rc = -1;
    if (loader != NULL && spec_type != NULL) {
        PyObject *args = Py_BuildValue("(sO)", "_compat", loader);
        PyObject *kwargs = Py_BuildValue("{s:s}", "origin", "built-in");
        if (args != NULL && kwargs != NULL)
            spec = PyObject_Call(spec_type, args, kwargs);
        Py_XDECREF(args);
        Py_XDECREF(kwargs);
    }
    if (spec != NULL && PyObject_SetAttrString(mod, "__spec__", spec) == 0
        && PyObject_SetAttrString(mod, "__loader__", loader) == 0)
        rc = 0;
    Py_XDECREF(spec);
    Py_XDECREF(spec_type);
    Py_XDECREF(loader);
    return rc;
}

PyStatus
pythonc_compat_install(void)
{
    /* What `import _compat` would do, without the import machinery's start-up cost: make
       the module, give it the attributes BuiltinImporter gives, put it in sys.modules. */
    PyObject *mod = compat_init();
    if (mod == NULL || compat_set_builtin_spec(mod) < 0
        || PyDict_SetItemString(PyImport_GetModuleDict(), "_compat", mod) < 0)
        goto error;
    for (size_t i = 0; i < sizeof SYS_FUNCS / sizeof SYS_FUNCS[0]; i++) {
        PyObject *f = PyObject_GetAttrString(mod, SYS_FUNCS[i]);
        if (f == NULL || PySys_SetObject(SYS_FUNCS[i], f) < 0) {
            Py_XDECREF(f);
            goto error;
        }
        Py_DECREF(f);
    }
    Py_CLEAR(mod);
    if (!pythonc_engine_update(pythonc_compat_effective(&g.state), g.state.running))
        goto error;
    return PyStatus_Ok();
error:
    Py_XDECREF(mod);
    PyErr_Print();
    return PyStatus_Error("pythonc: cannot install the _compat module");
}
