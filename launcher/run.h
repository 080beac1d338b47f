/* run.h: start the interpreter and run the program. */
#ifndef PYTHONC_RUN_H
#define PYTHONC_RUN_H

#include <Python.h>

/* Pre-initialise (argv's -E/-I/-X utf8 ... like python3), initialise from a PyConfig built
   from argv, install _compat into sys before any user code (site, sitecustomize, .pth files,
   the program) runs, and run the program with Py_RunMain, which finalises.
   Returns the exit status through *exitcode unless the returned status is an error. */
PyStatus pythonc_run(int argc, char **argv, int *exitcode);

#endif
