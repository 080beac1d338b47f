/* pythonc.c: the program from argv to exit status; the one place that decides how to exit. */
#include "pythonc.h"
#include "args.h"
#include "config.h"
#include "compat_module.h"
#include "run.h"

#include <stdio.h>
#include <stdlib.h>

static const char HELP[] =
    "pythonc: runs Python code written for an older CPython on this one (PEP 606).\n"
    "pythonc options (before the script, -c or -m):\n"
    "--compat V     : compatibility version MAJOR.MINOR[.MICRO]: restore what was removed\n"
    "                 after V (also -X compat_version=V, PYTHONCOMPATVERSION=V)\n"
    "--min-compat V : refuse compatibility versions below V\n"
    "                 (also -X min_compat_version=V, PYTHONCOMPATMINVERSION=V)\n"
    "Several requests: the lowest version and the highest minimum win.\n"
    "Run-time API: sys.set_python_compat_version(), sys.get_python_compat_version(),\n"
    "sys.set_python_min_compat_version().\n"
    "\n";

/* Print a pythonc usage error: one line on stderr. */
static PyStatus
pythonc_usage_error(const char *message)
{
    fprintf(stderr, "%s: %s\n", PYTHONC_PROG, message);
    fflush(stderr);
    return PyStatus_Exit(PYTHONC_EXIT_USAGE);
}

/* Everything before the interpreter: options, versions, the hand-over to children. */
static PyStatus
pythonc_prepare(int argc, char **argv, pythonc_args *args)
{
    char err[512];
    pythonc_version running;
    pythonc_compat_state state;

    int rc = pythonc_args_split(argc, argv, args, err, sizeof err);
    if (rc < 0)
        return PyStatus_NoMemory();
    if (rc == 0)
        return pythonc_usage_error(err);
    if (args->help) {
        fputs(HELP, stdout);
        fflush(stdout);
    }
    if (!pythonc_running_version(Py_GetVersion(), &running))
        return PyStatus_Error("pythonc: cannot read the version of libpython");
    pythonc_compat_init(&state, running);
    if (!pythonc_config_collect(args, &state, err, sizeof err))
        return pythonc_usage_error(err);
    return pythonc_compat_adopt(&state);
}

int
pythonc_main(int argc, char **argv)
{
    pythonc_args args;
    int exitcode = 0;
    PyStatus status = pythonc_prepare(argc, argv, &args);
    if (!PyStatus_Exception(status))
        status = pythonc_run(args.argc, args.argv, &exitcode);
    pythonc_args_clear(&args);
    if (PyStatus_IsExit(status))
        return status.exitcode;
    if (PyStatus_Exception(status))
        Py_ExitStatusException(status);     /* CPython's own message and status */
    return exitcode;
}
