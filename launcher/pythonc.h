/* pythonc.h: what the parts of the launcher share. */
#ifndef PYTHONC_H
#define PYTHONC_H

/* Exit statuses, named in one place. CPython's own errors keep CPython's statuses. */
enum {
    PYTHONC_EXIT_OK = 0,
    PYTHONC_EXIT_USAGE = 2,     /* malformed option, -X value or variable; conflicting versions */
};

#define PYTHONC_PROG "pythonc"

/* Environment variables of PEP 606 (ignored under -E and -I, like every PYTHON* variable). */
#define PYTHONC_ENV_VERSION "PYTHONCOMPATVERSION"
#define PYTHONC_ENV_MIN_VERSION "PYTHONCOMPATMINVERSION"
/* Test knob: shim ids to prove on a runtime that still has the original (docs/design.md). */
#define PYTHONC_SIMULATE_ENV "PYTHONC_SIMULATE_REMOVAL"
/* -X options of PEP 606. */
#define PYTHONC_XOPT_VERSION "compat_version"
#define PYTHONC_XOPT_MIN_VERSION "min_compat_version"

/* The whole program: parse, configure, run. Returns the process exit status. */
int pythonc_main(int argc, char **argv);

#endif
