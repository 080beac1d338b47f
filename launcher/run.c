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

/* The split start-up that puts _compat in place between the core and the main phase:
   site (and with it every .pth file and sitecustomize) runs only in the main phase. */
#if PY_VERSION_HEX < 0x030E0000
#  define RUN_TWO_PHASE 1
#else
#  define RUN_TWO_PHASE 0
#endif

static PyStatus
run_initialize(int argc, char **argv)
{
    PyStatus status;
    PyConfig config;

    PyConfig_InitPythonConfig(&config);
    status = PyConfig_SetBytesArgv(&config, argc, argv);
    if (PyStatus_Exception(status))
        goto done;
#if RUN_TWO_PHASE
    config._init_main = 0;
#endif
    status = Py_InitializeFromConfig(&config);
    if (PyStatus_Exception(status))
        goto done;
    status = pythonc_compat_install();
    if (PyStatus_Exception(status))
        goto done;
#if RUN_TWO_PHASE
    status = _Py_InitializeMain();
#endif
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
