/* open_guard.c: open() that takes the "U" mode flag again (shim open-u-mode).

   Every start-up imports io and puts its open() in builtins, so this shim is due at once
   whenever it is active, and every open() call under compatibility goes through it. It is
   therefore written in C: a built-in function that finds the mode argument, scans it for "U"
   and otherwise hands the call on to the runtime's open() untouched (same arguments, same
   vectorcall, no Python frame). Only a str mode holding "U" reaches the Python half,
   open_u() in shims/builtins.py. The guard carries the original's name, docstring (hence
   signature), __self__ and __module__: repr(), help(), inspect.signature(),
   inspect.isbuiltin() and pickle see the built-in open(). */
#include "open_guard.h"
#include "compat_module.h"
#include "engine.h"
#include "warn.h"

#include <string.h>

#if PY_VERSION_HEX < 0x03090000
#define PyObject_Vectorcall _PyObject_Vectorcall
#endif

#define OPEN_GUARD_SHIM "open-u-mode"

static PyObject *original;              /* the runtime's open() */
static PyObject *guard;                 /* its replacement */
static PyObject *handler;               /* the Python half, made on first use */
static PyMethodDef guard_def;

/* A call whose mode holds "U": hand it, as it came, to the Python half (a callable the
   engine makes once: open_u(ctx, original, args, kwargs)). */
static PyObject *
guard_slow(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (handler == NULL) {
        PyObject *engine = pythonc_engine_get();
        if (engine == NULL)
            return NULL;
        handler = PyObject_CallMethod(engine, "native_handler", "ssO", OPEN_GUARD_SHIM,
                                      "open_u", original);
        if (handler == NULL)
            return NULL;
    }
    return PyObject_Vectorcall(handler, args, (size_t)nargs, kwnames);
}

/* The common case, done here: open(file, mode) with a str or bytes file and a mode made of
   distinct letters from "rtbU" (an old reader's "rU", "Ur", "rbU", ...). Warns (attributed to
   the caller), opens with the mode without "U" ("r" added where the mode had none), and,
   as 3.10 did, leaves the mode as given on the text layer. Returns 0 to leave the call to
   the Python half (any other argument or mode; it has the rules for those), 1 with *result
   set (NULL on error). */
static int
guard_fast(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames, PyObject *mode,
           PyObject **result)
{
    Py_ssize_t nkw = kwnames != NULL ? PyTuple_GET_SIZE(kwnames) : 0;
    Py_ssize_t len = PyUnicode_GET_LENGTH(mode), bytes = -1;
    const char *text = PyUnicode_AsUTF8AndSize(mode, &bytes);   /* ASCII: bytes == len */
    char without[8], what[32], instead[96];
    size_t n = 0;
    int seen_r = 0, seen_b = 0;

    if (nargs < 1 || nargs + nkw != 2 || (!PyUnicode_Check(args[0]) && !PyBytes_Check(args[0]))
        || text == NULL || bytes != len || len < 1 || len > 4) {
        PyErr_Clear();      /* (a mode that cannot be encoded: the Python half's business) */
        return 0;
    }
    for (Py_ssize_t i = 0; i < len; i++) {
        char c = text[i];
        if (memchr("rtbU", c, 4) == NULL || memchr(text, c, (size_t)i) != NULL)
            return 0;
        seen_r |= c == 'r';
        seen_b |= c == 'b';
        if (c == 't' && memchr(text, 'b', (size_t)len) != NULL)
            return 0;
    }
    if (!seen_r)
        without[n++] = 'r';
    for (Py_ssize_t i = 0; i < len; i++) {
        if (text[i] != 'U')
            without[n++] = text[i];
    }
    without[n] = '\0';
    PyOS_snprintf(what, sizeof what, "open() mode '%s'", text);
    PyOS_snprintf(instead, sizeof instead,
                  "mode '%s' (text mode reads universal newlines by default)", without);
    *result = NULL;
    if (pythonc_warn_from_c(OPEN_GUARD_SHIM, what, instead) < 0)
        return 1;
    PyObject *new_mode = PyUnicode_FromString(without);
    if (new_mode == NULL)
        return 1;
    PyObject *call[2] = {args[0], new_mode};
    *result = PyObject_Vectorcall(original, call, (size_t)nargs, kwnames);
    Py_DECREF(new_mode);
    if (*result != NULL && !seen_b && PyObject_SetAttrString(*result, "mode", mode) < 0) {
        if (PyErr_ExceptionMatches(PyExc_AttributeError)
            || PyErr_ExceptionMatches(PyExc_TypeError))
            PyErr_Clear();
        else
            Py_CLEAR(*result);
    }
    return 1;
}

static PyObject *
guard_call(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *mode = nargs >= 2 ? args[1] : NULL;
    (void)self;
    for (Py_ssize_t k = 0; mode == NULL && kwnames != NULL && k < PyTuple_GET_SIZE(kwnames);
         k++) {
        if (PyUnicode_CompareWithASCIIString(PyTuple_GET_ITEM(kwnames, k), "mode") == 0)
            mode = args[nargs + k];
    }
    if (mode != NULL && PyUnicode_Check(mode)) {
        Py_ssize_t at = PyUnicode_FindChar(mode, 'U', 0, PyUnicode_GET_LENGTH(mode), 1);
        if (at == -2)
            return NULL;
        if (at >= 0 && !pythonc_compat_id_disabled(OPEN_GUARD_SHIM)) {
            PyObject *result;
            if (guard_fast(args, nargs, kwnames, mode, &result))
                return result;
            return guard_slow(args, nargs, kwnames);
        }
    }
    return PyObject_Vectorcall(original, args, (size_t)nargs, kwnames);
}

/* Replace module.<name> by the guard where it is the original. Through the module's dict:
   io.OpenWrapper is served by a module __getattr__ that warns on 3.10 and 3.11. */
static int
guard_publish(PyObject *module, const char *name)
{
    PyObject *dict = module != NULL ? PyModule_GetDict(module) : NULL;
    if (dict == NULL)
        return 1;
    PyObject *current = PyDict_GetItemString(dict, name);    /* borrowed */
    return current != original || PyDict_SetItemString(dict, name, guard) == 0;
}

int
pythonc_open_guard_install(void)
{
    PyObject *modules = PyImport_GetModuleDict();
    PyObject *io_ = PyImport_ImportModule("_io");
    int ok = 0;

    if (io_ == NULL)
        return 0;
    if (guard == NULL) {
        original = PyObject_GetAttrString(io_, "open");
        if (original == NULL)
            goto done;
        if (!PyCFunction_Check(original)) {
            PyErr_SetString(PyExc_RuntimeError,
                            "pythonc: _io.open is not the built-in open(); cannot restore "
                            "the 'U' mode");
            Py_CLEAR(original);
            goto done;
        }
        PyMethodDef *ml = ((PyCFunctionObject *)original)->m_ml;
        PyObject *modname = PyObject_GetAttrString(original, "__module__");
        if (modname == NULL)
            goto done;
        guard_def.ml_name = ml->ml_name;
        guard_def.ml_meth = (PyCFunction)(void (*)(void))guard_call;
        guard_def.ml_flags = METH_FASTCALL | METH_KEYWORDS;
        guard_def.ml_doc = ml->ml_doc;
        guard = PyCFunction_NewEx(&guard_def, PyCFunction_GET_SELF(original), modname);
        Py_DECREF(modname);
        if (guard == NULL)
            goto done;
    }
    /* Before the main phase of start-up only _io exists: io copies its open() from there,
       and builtins.open from io. Lowered later, all are there already. */
    PyObject *io = PyDict_GetItemString(modules, "io");
    PyObject *builtins = PyDict_GetItemString(modules, "builtins");
    ok = guard_publish(io_, "open") && guard_publish(io, "open")
         && guard_publish(io, "OpenWrapper") && guard_publish(builtins, "open");
done:
    Py_DECREF(io_);
    return ok;
}
