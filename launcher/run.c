/* run.c: the interpreter's life: pre-initialise, initialise, install _compat, run. */
#include "run.h"
#include "compat_module.h"

static PyStatus
run_preinitialize(int argc, char **argv)
{
    PyPreConfig preconfig;
    PyPreConfig_InitPythonConfig(&preconfig);
    return Py_PreInitializeFromBytesArgs(&preconfig, argc, argv);
}

/* Start-up in two phases puts _compat in place between the core and the main phase: site
   (and with it every .pth file and sitecustomize) runs only in the main phase.
   3.8 to 3.13 finish with _Py_InitializeMain() (PEP 587's multi-phase API). 3.14 removed that
   function but kept PyConfig._init_main; there a second Py_InitializeFromConfig() on the
   core-initialised runtime re-applies the same configuration and runs the main phase. */
static PyStatus
run_main_phase(PyConfig *config)
{
#if PY_VERSION_HEX < 0x030E0000
    (void)config;
    return _Py_InitializeMain();
#else
    config->_init_main = 1;
    return Py_InitializeFromConfig(config);
#endif
}

static PyStatus
run_initialize(int argc, char **argv)
{
    PyStatus status;
    PyConfig config;

    PyConfig_InitPythonConfig(&config);
    status = PyConfig_SetBytesArgv(&config, argc, argv);
    if (PyStatus_Exception(status))
        goto done;
    config._init_main = 0;
    status = Py_InitializeFromConfig(&config);
    if (PyStatus_Exception(status))
        goto done;
    status = pythonc_compat_install();
    if (PyStatus_Exception(status))
        goto done;
    status = run_main_phase(&config);
done:
    PyConfig_Clear(&config);
    return status;
}

PyStatus
pythonc_run(int argc, char **argv, int *exitcode)
{
    PyStatus status = run_preinitialize(argc, argv);
    if (PyStatus_Exception(status))
        return status;
    status = pythonc_compat_register();
    if (PyStatus_Exception(status))
        return status;
    status = run_initialize(argc, argv);
    if (PyStatus_Exception(status))
        return status;
    *exitcode = Py_RunMain();
    return PyStatus_Ok();
}
