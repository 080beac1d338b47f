/* args.c: find pythonc's options among CPython's. */
#include "args.h"
#include "version.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* CPython's short options that take an argument (3.8 .. 3.14). */
static const char SHORT_WITH_ARG[] = "cmWX";
/* Long options of CPython that take the next argument. */
static const char *const LONG_WITH_ARG[] = {"--check-hash-based-pycs", NULL};

const char *
pythonc_option_name(pythonc_option_kind kind)
{
    return kind == PYTHONC_OPT_COMPAT ? "--compat" : "--min-compat";
}

/* If arg is "--NAME" or "--NAME=VALUE" for one of pythonc's options, return 1 and set
   *kind, and *value (NULL when the value is the next argument). */
static int
args_match_own(const char *arg, pythonc_option_kind *kind, const char **value)
{
    static const pythonc_option_kind kinds[] = {PYTHONC_OPT_COMPAT, PYTHONC_OPT_MIN_COMPAT};
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        const char *name = pythonc_option_name(kinds[i]);
        size_t len = strlen(name);
        if (strncmp(arg, name, len) != 0)
            continue;
        if (arg[len] == '\0') {
            *kind = kinds[i];
            *value = NULL;
            return 1;
        }
        if (arg[len] == '=') {
            *kind = kinds[i];
            *value = arg + len + 1;
            return 1;
        }
    }
    return 0;
}

/* Scan one short-option cluster ("-bEc", "-Wignore", "-Xdev"). Returns the option letter
   that takes an argument (and ends the cluster), or 0. Sets *attached to the argument when
   it is glued to the letter, NULL when it is the next argv element. */
static char
args_scan_cluster(const char *arg, pythonc_args *out, const char **attached)
{
    *attached = NULL;
    for (const char *p = arg + 1; *p; p++) {
        if (*p == 'h' || *p == '?')
            out->help = 1;
        if (*p == 'E' || *p == 'I')
            out->ignore_environment = 1;
        if (strchr(SHORT_WITH_ARG, *p) != NULL) {
            if (p[1] != '\0')
                *attached = p + 1;
            return *p;
        }
    }
    return 0;
}

int
pythonc_args_split(int argc, char **argv, pythonc_args *out, char *err, size_t errsize)
{
    memset(out, 0, sizeof *out);
    out->argv = calloc((size_t)argc + 1, sizeof(char *));
    out->options = calloc((size_t)argc + 1, sizeof(pythonc_option));
    out->xoptions = calloc((size_t)argc + 1, sizeof(char *));
    if (out->argv == NULL || out->options == NULL || out->xoptions == NULL) {
        pythonc_args_clear(out);
        return -1;
    }
    int i = 0;
    if (argc > 0)
        out->argv[out->argc++] = argv[i++];

    int program_found = 0;
    while (i < argc && !program_found) {
        const char *arg = argv[i];
        pythonc_option_kind kind;
        const char *value;

        if (args_match_own(arg, &kind, &value)) {
            if (value == NULL) {
                if (i + 1 >= argc) {
                    snprintf(err, errsize, "%s needs a value (%s)", pythonc_option_name(kind),
                             PYTHONC_VERSION_EXPECTED);
                    pythonc_args_clear(out);
                    return 0;
                }
                value = argv[i + 1];
                i++;
            }
            out->options[out->n_options].kind = kind;
            out->options[out->n_options].value = value;
            out->n_options++;
            i++;
            continue;
        }

        out->argv[out->argc++] = argv[i++];
        if (arg[0] != '-' || arg[1] == '\0') {
            program_found = 1;                      /* script path, or "-" for stdin */
        } else if (arg[1] == '-') {
            if (arg[2] == '\0') {
                program_found = 1;                  /* "--": the next argument is the script */
            } else if (strcmp(arg, "--help") == 0 || strcmp(arg, "--help-all") == 0) {
                out->help = 1;
            } else {
                for (const char *const *l = LONG_WITH_ARG; *l; l++) {
                    if (strcmp(arg, *l) == 0 && i < argc)
                        out->argv[out->argc++] = argv[i++];
                }
            }
        } else {
            const char *optarg;
            char letter = args_scan_cluster(arg, out, &optarg);
            if (letter && optarg == NULL && i < argc) {
                optarg = argv[i];
                out->argv[out->argc++] = argv[i++];
            }
            if (letter == 'X' && optarg != NULL)
                out->xoptions[out->n_xoptions++] = optarg;
            program_found = letter == 'c' || letter == 'm';
        }
    }
    while (i < argc)
        out->argv[out->argc++] = argv[i++];
    out->argv[out->argc] = NULL;
    return 1;
}

void
pythonc_args_clear(pythonc_args *args)
{
    free(args->argv);
    free(args->options);
    free(args->xoptions);
    memset(args, 0, sizeof *args);
}
