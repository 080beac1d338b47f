/* time_shims.h: time.clock(), removed in 3.8, restored in C (time_shims.c). */
#ifndef PYTHONC_TIME_SHIMS_H
#define PYTHONC_TIME_SHIMS_H

#include <Python.h>

/* Put clock() on time where it lacks it, and make get_clock_info() know "clock" again.
   Return 0 with an exception set. */
int pythonc_time_clock_install(void);

#endif
