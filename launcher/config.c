/* config.c: where requests and floors come from, in the order they are applied. */
#include "config.h"
#include "pythonc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
pythonc_running_version(const char *text, pythonc_version *out)
{
    long f[3] = {0, 0, 0};
    int n = 0;
    const char *p = text;
    while (n < 3) {
        if (*p < '0' || *p > '9')
            break;
        f[n] = strtol(p, (char **)&p, 10);
        n++;
        if (*p != '.')
            break;
        p++;
    }
    if (n < 2)
        return 0;
    out->major = (int)f[0];
    out->minor = (int)f[1];
    out->micro = (int)f[2];
    return 1;
}

/* One request or floor from `origin` (e.g. "--compat", "PYTHONCOMPATVERSION", "-X
   compat_version"), written `joiner`-separated in sources ("--compat 3.6", "X=3.6"). */
static int
config_apply(pythonc_compat_state *state, int is_floor, const char *origin, const char *joiner,
             const char *value, char *err, size_t errsize)
{
    pythonc_version v;
    const char *why;
    char quoted[80];
    char source[PYTHONC_SOURCE_MAX];

    pythonc_quote(value, quoted, sizeof quoted);
    if (!pythonc_version_parse(value, &v, &why)) {
        snprintf(err, errsize, "%s: '%s' %s (%s)", origin, quoted, why, PYTHONC_VERSION_EXPECTED);
        return 0;
    }
    snprintf(source, sizeof source, "%s%s%s", origin, joiner, quoted);
    if (is_floor)
        return pythonc_compat_floor(state, v, source, err, errsize);
    return pythonc_compat_request(state, v, source, err, errsize);
}

static int
config_apply_env(pythonc_compat_state *state, int is_floor, const char *name,
                 char *err, size_t errsize)
{
    const char *value = getenv(name);
    if (value == NULL || value[0] == '\0')
        return 1;
    return config_apply(state, is_floor, name, "=", value, err, errsize);
}

static int
config_apply_xoptions(const pythonc_args *args, pythonc_compat_state *state, int is_floor,
                      char *err, size_t errsize)
{
    const char *key = is_floor ? PYTHONC_XOPT_MIN_VERSION : PYTHONC_XOPT_VERSION;
    size_t len = strlen(key);
    char origin[48];
    snprintf(origin, sizeof origin, "-X %s", key);
    for (int i = 0; i < args->n_xoptions; i++) {
        const char *x = args->xoptions[i];
        if (strncmp(x, key, len) != 0 || (x[len] != '\0' && x[len] != '='))
            continue;
        if (x[len] == '\0') {
            snprintf(err, errsize, "-X %s needs a value (expected -X %s=MAJOR.MINOR[.MICRO], "
                     "e.g. -X %s=3.8)", key, key, key);
            return 0;
        }
        if (!config_apply(state, is_floor, origin, "=", x + len + 1, err, errsize))
            return 0;
    }
    return 1;
}

static int
config_apply_options(const pythonc_args *args, pythonc_compat_state *state, int is_floor,
                     char *err, size_t errsize)
{
    pythonc_option_kind want = is_floor ? PYTHONC_OPT_MIN_COMPAT : PYTHONC_OPT_COMPAT;
    for (int i = 0; i < args->n_options; i++) {
        if (args->options[i].kind != want)
            continue;
        if (!config_apply(state, is_floor, pythonc_option_name(want), " ",
                          args->options[i].value, err, errsize))
            return 0;
    }
    return 1;
}

int
pythonc_config_collect(const pythonc_args *args, pythonc_compat_state *state,
                       char *err, size_t errsize)
{
    const char *inherited = getenv(PYTHONC_INHERIT_ENV);
    if (inherited != NULL && inherited[0] != '\0'
        && !pythonc_compat_inherit_apply(state, inherited, err, errsize))
        return 0;
    for (int is_floor = 1; is_floor >= 0; is_floor--) {
        const char *env = is_floor ? PYTHONC_ENV_MIN_VERSION : PYTHONC_ENV_VERSION;
        if (!args->ignore_environment && !config_apply_env(state, is_floor, env, err, errsize))
            return 0;
        if (!config_apply_xoptions(args, state, is_floor, err, errsize))
            return 0;
        if (!config_apply_options(args, state, is_floor, err, errsize))
            return 0;
    }
    return 1;
}
