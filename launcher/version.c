/* version.c: parsing, checking and comparing compatibility versions. */
#include "version.h"

#include <stdio.h>
#include <string.h>

static const char WHY_NOT_VERSION[] = "is not a version";
static const char WHY_TOO_BIG[] = "has a field above 255";
static const char WHY_TOO_OLD[] = "is older than 3.0, the oldest compatibility version";

int
pythonc_version_check(long major, long minor, long micro, const char **why)
{
    if (major < 0 || minor < 0 || micro < 0) {
        *why = WHY_NOT_VERSION;
        return 0;
    }
    if (major > PYTHONC_VERSION_FIELD_MAX || minor > PYTHONC_VERSION_FIELD_MAX
        || micro > PYTHONC_VERSION_FIELD_MAX) {
        *why = WHY_TOO_BIG;
        return 0;
    }
    if (major < 3) {
        *why = WHY_TOO_OLD;
        return 0;
    }
    return 1;
}

/* Read one field: 1 to 3 decimal digits (more cannot be <= 255 without leading zeros,
   which are refused as ambiguous). Advances *p. Returns -1 when there is no field,
   -2 when the field is too large. */
static int
version_read_field(const char **p)
{
    const char *s = *p;
    long value = 0;
    int digits = 0;
    while (*s >= '0' && *s <= '9') {
        if (digits >= 4) {
            while (*s >= '0' && *s <= '9')
                s++;
            *p = s;
            return -2;
        }
        value = value * 10 + (*s - '0');
        digits++;
        s++;
    }
    if (digits == 0)
        return -1;
    *p = s;
    return value > PYTHONC_VERSION_FIELD_MAX ? -2 : (int)value;
}

int
pythonc_version_parse(const char *text, pythonc_version *out, const char **why)
{
    int fields[3] = {0, 0, 0};
    int n = 0;
    int too_big = 0;
    const char *p = text;

    if (text == NULL) {
        *why = WHY_NOT_VERSION;
        return 0;
    }
    for (;;) {
        if (n == 3) {
            *why = WHY_NOT_VERSION;
            return 0;
        }
        /* Leading zeros ("3.08") are refused: they read differently to different people. */
        if (p[0] == '0' && p[1] >= '0' && p[1] <= '9') {
            *why = WHY_NOT_VERSION;
            return 0;
        }
        int value = version_read_field(&p);
        if (value == -1) {
            *why = WHY_NOT_VERSION;
            return 0;
        }
        if (value == -2)
            too_big = 1;
        fields[n++] = value;
        if (*p == '\0')
            break;
        if (*p != '.') {
            *why = WHY_NOT_VERSION;
            return 0;
        }
        p++;
    }
    if (n < 2) {
        *why = WHY_NOT_VERSION;
        return 0;
    }
    if (too_big) {
        *why = WHY_TOO_BIG;
        return 0;
    }
    if (!pythonc_version_check(fields[0], fields[1], fields[2], why))
        return 0;
    out->major = fields[0];
    out->minor = fields[1];
    out->micro = fields[2];
    return 1;
}

int
pythonc_version_cmp(pythonc_version a, pythonc_version b)
{
    if (a.major != b.major)
        return a.major < b.major ? -1 : 1;
    if (a.minor != b.minor)
        return a.minor < b.minor ? -1 : 1;
    if (a.micro != b.micro)
        return a.micro < b.micro ? -1 : 1;
    return 0;
}

void
pythonc_version_format(pythonc_version v, char *buf, size_t size)
{
    snprintf(buf, size, "%d.%d.%d", v.major, v.minor, v.micro);
}

void
pythonc_quote(const char *text, char *buf, size_t size)
{
    size_t used = 0;
    if (size == 0)
        return;
    for (const unsigned char *s = (const unsigned char *)text; *s; s++) {
        char piece[5];
        size_t len;
        if (*s >= 0x20 && *s < 0x7f && *s != '\\') {
            piece[0] = (char)*s;
            len = 1;
        } else {
            snprintf(piece, sizeof piece, "\\x%02x", *s);
            len = 4;
        }
        if (used + len + 4 > size) {       /* room for "..." and NUL */
            memcpy(buf + used, "...", 3);
            used += 3;
            break;
        }
        memcpy(buf + used, piece, len);
        used += len;
    }
    buf[used] = '\0';
}
