/* sys_shims.h: sys functions removed in 3.9, restored in C (sys_shims.c). */
#ifndef PYTHONC_SYS_SHIMS_H
#define PYTHONC_SYS_SHIMS_H

#include <Python.h>

/* Put the functions on sys where it lacks them. Return 0 with an exception set. */
int pythonc_sys_checkinterval_install(void);   /* getcheckinterval, setcheckinterval */
int pythonc_sys_callstats_install(void);       /* callstats */

#endif
