/* quiet_warnings.h: warnings a newer runtime gives by default where the old one was silent,
   filtered out again under compatibility (quiet_warnings.c). */
#ifndef PYTHONC_QUIET_WARNINGS_H
#define PYTHONC_QUIET_WARNINGS_H

#include <Python.h>

/* Add the shim's filter at the end of the warnings filters (the lowest priority: every -W
   option and every filter a program adds still wins). Return 0 with an exception set. */
int pythonc_quiet_invalid_escape_install(void);     /* invalid-escape-syntaxwarning */
int pythonc_quiet_finally_install(void);            /* finally-control-flow-syntaxwarning */
int pythonc_quiet_addduration_install(void);        /* unittest-addduration-warning */

#endif
