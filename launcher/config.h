/* config.h: gather every compatibility request and floor of a launch. No interpreter needed. */
#ifndef PYTHONC_CONFIG_H
#define PYTHONC_CONFIG_H

#include <stddef.h>
#include "args.h"
#include "compat_state.h"

/* Read the running version from a Py_GetVersion()-style text ("3.11.2 (main, ...)",
   "3.14.0rc1+ ..."). Returns 0 if the text does not start with X.Y. */
int pythonc_running_version(const char *version_text, pythonc_version *out);

/* Apply to `state`, floors first, then requests: the inherited PYTHONC_INHERIT value, the
   PEP 606 variables (unless args->ignore_environment), -X compat_version= and
   -X min_compat_version=, then --compat and --min-compat. Empty variables count as unset,
   as for every PYTHON* variable. Returns 1; or 0 with a one-line message (no "pythonc: "
   prefix) in err. */
int pythonc_config_collect(const pythonc_args *args, pythonc_compat_state *state,
                           char *err, size_t errsize);

#endif
