/* compat_state.c: PEP 606's rules for requests and floors. */
#include "compat_state.h"

#include <stdio.h>
#include <string.h>

void
pythonc_compat_init(pythonc_compat_state *state, pythonc_version running)
{
    memset(state, 0, sizeof *state);
    state->running = running;
}

static void
compat_set_source(char *dst, const char *source)
{
    snprintf(dst, PYTHONC_SOURCE_MAX, "%s", source ? source : "?");
}

int
pythonc_compat_request(pythonc_compat_state *state, pythonc_version v, const char *source,
                       char *err, size_t errsize)
{
    if (state->has_floor && pythonc_version_cmp(v, state->floor) < 0) {
        char a[16], b[16];
        pythonc_version_format(v, a, sizeof a);
        pythonc_version_format(state->floor, b, sizeof b);
        snprintf(err, errsize,
                 "%s: compatibility version %s is below the minimum %s set by %s "
                 "(raise the version or lower the minimum)",
                 source, a, b, state->floor_source);
        return 0;
    }
    if (!state->has_request || pythonc_version_cmp(v, state->request) < 0) {
        state->request = v;
        compat_set_source(state->request_source, source);
    }
    state->has_request = 1;
    return 1;
}

int
pythonc_compat_floor(pythonc_compat_state *state, pythonc_version v, const char *source,
                     char *err, size_t errsize)
{
    if (state->has_request && pythonc_version_cmp(state->request, v) < 0) {
        char a[16], b[16];
        pythonc_version_format(v, a, sizeof a);
        pythonc_version_format(state->request, b, sizeof b);
        snprintf(err, errsize,
                 "%s: minimum compatibility version %s is above the version %s requested by %s "
                 "(raise the version or lower the minimum)",
                 source, a, b, state->request_source);
        return 0;
    }
    if (!state->has_floor || pythonc_version_cmp(v, state->floor) > 0) {
        state->floor = v;
        compat_set_source(state->floor_source, source);
    }
    state->has_floor = 1;
    return 1;
}

pythonc_version
pythonc_compat_effective(const pythonc_compat_state *state)
{
    if (state->has_request && pythonc_version_cmp(state->request, state->running) < 0)
        return state->request;
    return state->running;
}

int
pythonc_compat_is_lowered(const pythonc_compat_state *state)
{
    return state->has_request && pythonc_version_cmp(state->request, state->running) < 0;
}

void
pythonc_compat_inherit_format(const pythonc_compat_state *state, char *buf, size_t size)
{
    char r[16] = "", f[16] = "";
    if (!state->has_request && !state->has_floor) {
        if (size)
            buf[0] = '\0';
        return;
    }
    if (state->has_request)
        pythonc_version_format(state->request, r, sizeof r);
    if (state->has_floor)
        pythonc_version_format(state->floor, f, sizeof f);
    snprintf(buf, size, "%s:%s", r, f);
}

int
pythonc_compat_inherit_apply(pythonc_compat_state *state, const char *value,
                             char *err, size_t errsize)
{
    char part[2][32];
    const char *colon = strchr(value, ':');
    size_t len0 = colon ? (size_t)(colon - value) : 0;
    const char *why = "";
    char quoted[64];

    pythonc_quote(value, quoted, sizeof quoted);
    if (colon == NULL || strchr(colon + 1, ':') != NULL || len0 >= sizeof part[0]
        || strlen(colon + 1) >= sizeof part[1]) {
        snprintf(err, errsize, "%s: '%s' is malformed (expected VERSION:MINVERSION, either "
                 "may be empty; it is set by pythonc for the processes it starts)",
                 PYTHONC_INHERIT_ENV, quoted);
        return 0;
    }
    memcpy(part[0], value, len0);
    part[0][len0] = '\0';
    strcpy(part[1], colon + 1);

    pythonc_version v;
    char source[PYTHONC_SOURCE_MAX];
    if (part[1][0]) {
        if (!pythonc_version_parse(part[1], &v, &why))
            goto bad;
        snprintf(source, sizeof source, "%s (inherited minimum %s)", PYTHONC_INHERIT_ENV, part[1]);
        if (!pythonc_compat_floor(state, v, source, err, errsize))
            return 0;
    }
    if (part[0][0]) {
        if (!pythonc_version_parse(part[0], &v, &why))
            goto bad;
        snprintf(source, sizeof source, "%s (inherited version %s)", PYTHONC_INHERIT_ENV, part[0]);
        if (!pythonc_compat_request(state, v, source, err, errsize))
            return 0;
    }
    return 1;
bad:
    snprintf(err, errsize, "%s: '%s' %s (%s)", PYTHONC_INHERIT_ENV, quoted, why,
             PYTHONC_VERSION_EXPECTED);
    return 0;
}
