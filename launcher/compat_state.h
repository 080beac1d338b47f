/* compat_state.h: the compatibility version and its floor, with where each came from.
   Pure data and rules (PEP 606 "sys functions"); no interpreter needed, no locking here. */
#ifndef PYTHONC_COMPAT_STATE_H
#define PYTHONC_COMPAT_STATE_H

#include <stddef.h>
#include "version.h"

#define PYTHONC_SOURCE_MAX 160

/* Name of the variable through which pythonc hands its state to the pythonc processes it
   starts: "<request>:<floor>", either part empty. Read even under -E and -I. */
#define PYTHONC_INHERIT_ENV "PYTHONC_INHERIT"

typedef struct pythonc_compat_state {
    pythonc_version running;        /* version of the libpython in use */
    int has_request;                /* a compatibility version was requested */
    pythonc_version request;        /* lowest request so far */
    char request_source[PYTHONC_SOURCE_MAX];  /* e.g. "--compat 3.6" */
    int has_floor;                  /* a minimum compatibility version was set */
    pythonc_version floor;          /* highest floor so far */
    char floor_source[PYTHONC_SOURCE_MAX];
} pythonc_compat_state;

void pythonc_compat_init(pythonc_compat_state *state, pythonc_version running);

/* Lower the version to `v` (the minimum of all requests wins). Returns 1 on success; 0 when
   `v` is below the floor, with a message naming both sources written to err. `source` says
   where the request comes from, for later messages. */
int pythonc_compat_request(pythonc_compat_state *state, pythonc_version v, const char *source,
                           char *err, size_t errsize);

/* Raise the floor to `v` (the maximum of all floors wins). Returns 0, with a message, when an
   earlier request is below `v`. */
int pythonc_compat_floor(pythonc_compat_state *state, pythonc_version v, const char *source,
                         char *err, size_t errsize);

/* min(running, every request): what sys.get_python_compat_version() returns. */
pythonc_version pythonc_compat_effective(const pythonc_compat_state *state);

/* 1 when the effective version is below the running one. */
int pythonc_compat_is_lowered(const pythonc_compat_state *state);

/* Write the PYTHONC_INHERIT value ("" when there is nothing to hand over). */
void pythonc_compat_inherit_format(const pythonc_compat_state *state, char *buf, size_t size);

/* Apply an inherited PYTHONC_INHERIT value. Returns 0 with a message when it is malformed or
   conflicts with what is already set. */
int pythonc_compat_inherit_apply(pythonc_compat_state *state, const char *value,
                                 char *err, size_t errsize);

#endif
