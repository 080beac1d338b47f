/* args.h: split the command line into pythonc's own options and CPython's.
   No interpreter needed. */
#ifndef PYTHONC_ARGS_H
#define PYTHONC_ARGS_H

#include <stddef.h>

typedef enum pythonc_option_kind {
    PYTHONC_OPT_COMPAT,         /* --compat V, --compat=V */
    PYTHONC_OPT_MIN_COMPAT,     /* --min-compat V, --min-compat=V */
} pythonc_option_kind;

typedef struct pythonc_option {
    pythonc_option_kind kind;
    const char *value;          /* borrowed from argv */
} pythonc_option;

typedef struct pythonc_args {
    int argc;                   /* arguments left for CPython, argv[0] included */
    char **argv;                /* owned array (NULL-terminated) of borrowed strings */
    pythonc_option *options;    /* owned; pythonc's options in command-line order */
    int n_options;
    int help;                   /* -h, -?, --help or --help-all came before the program */
    int ignore_environment;     /* -E or -I came before the program */
    const char **xoptions;      /* owned array of borrowed -X values, in order (CPython keeps
                                   them in argv too, so they also reach sys._xoptions) */
    int n_xoptions;
} pythonc_args;

/* pythonc's options are recognised only where CPython would still read an option: before
   the script, "-", "--", or the argument of -c / -m. Everything else is passed through in
   order, untouched, for CPython's own parser (which reports its own errors).
   Returns 1 on success; 0 on misuse, with a message (without the "pythonc: " prefix) in err;
   -1 when memory runs out. On success the caller owns *out (pythonc_args_clear). */
int pythonc_args_split(int argc, char **argv, pythonc_args *out, char *err, size_t errsize);

void pythonc_args_clear(pythonc_args *args);

/* "--compat" or "--min-compat". */
const char *pythonc_option_name(pythonc_option_kind kind);

#endif
