/* version.h: compatibility versions, MAJOR.MINOR[.MICRO]. No interpreter needed. */
#ifndef PYTHONC_VERSION_H
#define PYTHONC_VERSION_H

#include <stddef.h>

/* Largest value of one field: the width of a field of PY_VERSION_HEX. */
#define PYTHONC_VERSION_FIELD_MAX 255

/* Text that says what a version looks like; ends every "not a version" message. */
#define PYTHONC_VERSION_EXPECTED "expected MAJOR.MINOR[.MICRO], e.g. 3.8"

typedef struct pythonc_version {
    int major;
    int minor;
    int micro;
} pythonc_version;

/* Parse `text` (2 or 3 dot-separated decimal fields, each 0..255, value >= 3.0).
   Returns 1 and fills *out on success. Returns 0 on failure and points *why at a static
   phrase completing "'<text>' ..." (e.g. "is not a version"). */
int pythonc_version_parse(const char *text, pythonc_version *out, const char **why);

/* Check a version given as numbers (from a Python tuple): fields 0..255 and >= 3.0.
   Same contract for *why as pythonc_version_parse. */
int pythonc_version_check(long major, long minor, long micro, const char **why);

/* <0, 0, >0 as a is older than, equal to, newer than b. */
int pythonc_version_cmp(pythonc_version a, pythonc_version b);

/* Write "X.Y.Z" into buf (always NUL-terminated). */
void pythonc_version_format(pythonc_version v, char *buf, size_t size);

/* Copy `text` into buf for quoting in a message: printable ASCII kept, anything else
   written as \xNN, cut with "..." past the buffer. Always NUL-terminated. */
void pythonc_quote(const char *text, char *buf, size_t size);

#endif
