/* Unit tests: splitting argv between pythonc and CPython. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "args.h"

#define ARGV(...) ((char *[]){__VA_ARGS__, NULL})
static int ARGC(char **a) { int n = 0; while (a[n]) n++; return n; }

/* Split, expect success, and compare CPython's argv with `expected` (NULL-terminated). */
static void
split_ok(char **argv, int argc, pythonc_args *out, const char **expected)
{
    char err[256] = "";
    int rc = pythonc_args_split(argc, argv, out, err, sizeof err);
    if (rc != 1)
        fail_msg("split failed: %s", err);
    int n = 0;
    while (expected[n])
        n++;
    assert_int_equal(out->argc, n);
    for (int i = 0; i < n; i++)
        assert_string_equal(out->argv[i], expected[i]);
    assert_null(out->argv[n]);
}

static void
test_compat_forms_removed(void **state)
{
    (void)state;
    pythonc_args a;
    char **argv = ARGV("pythonc", "--compat", "3.8", "--min-compat=3.6", "-E", "--compat=3.9",
                       "app.py", "x");
    split_ok(argv, ARGC(argv), &a, (const char *[]){"pythonc", "-E", "app.py", "x", NULL});
    assert_int_equal(a.n_options, 3);
    assert_int_equal(a.options[0].kind, PYTHONC_OPT_COMPAT);
    assert_string_equal(a.options[0].value, "3.8");
    assert_int_equal(a.options[1].kind, PYTHONC_OPT_MIN_COMPAT);
    assert_string_equal(a.options[1].value, "3.6");
    assert_string_equal(a.options[2].value, "3.9");
    assert_true(a.ignore_environment);
    assert_false(a.help);
    pythonc_args_clear(&a);
}

static void
test_after_program_belongs_to_it(void **state)
{
    (void)state;
    pythonc_args a;
    char **argv1 = ARGV("pythonc", "app.py", "--compat", "3.8");
    split_ok(argv1, ARGC(argv1), &a, (const char *[]){"pythonc", "app.py", "--compat", "3.8", NULL});
    assert_int_equal(a.n_options, 0);
    pythonc_args_clear(&a);

    char **argv2 = ARGV("pythonc", "-c", "pass", "--compat", "3.8", "-h");
    split_ok(argv2, ARGC(argv2), &a, (const char *[]){"pythonc", "-c", "pass", "--compat", "3.8", "-h", NULL});
    assert_int_equal(a.n_options, 0);
    assert_false(a.help);
    pythonc_args_clear(&a);

    char **argv3 = ARGV("pythonc", "-Bm", "mod", "--compat=3.8");
    split_ok(argv3, ARGC(argv3), &a, (const char *[]){"pythonc", "-Bm", "mod", "--compat=3.8", NULL});
    assert_int_equal(a.n_options, 0);
    pythonc_args_clear(&a);

    char **argv4 = ARGV("pythonc", "--", "--compat", "3.8");
    split_ok(argv4, ARGC(argv4), &a, (const char *[]){"pythonc", "--", "--compat", "3.8", NULL});
    assert_int_equal(a.n_options, 0);
    pythonc_args_clear(&a);

    char **argv5 = ARGV("pythonc", "-", "--compat", "3.8");
    split_ok(argv5, ARGC(argv5), &a, (const char *[]){"pythonc", "-", "--compat", "3.8", NULL});
    assert_int_equal(a.n_options, 0);
    pythonc_args_clear(&a);
}

static void
test_option_arguments_are_not_options(void **state)
{
    (void)state;
    pythonc_args a;
    /* -W and -X take the next argument, which is never a pythonc option nor the script. */
    char **argv = ARGV("pythonc", "-W", "--compat", "-X", "compat_version=3.8", "-Xdev",
                       "--check-hash-based-pycs", "always", "-c", "pass");
    split_ok(argv, ARGC(argv), &a, (const char *[]){"pythonc", "-W", "--compat", "-X",
             "compat_version=3.8", "-Xdev", "--check-hash-based-pycs", "always", "-c", "pass", NULL});
    assert_int_equal(a.n_options, 0);
    assert_int_equal(a.n_xoptions, 2);
    assert_string_equal(a.xoptions[0], "compat_version=3.8");
    assert_string_equal(a.xoptions[1], "dev");
    pythonc_args_clear(&a);
}

static void
test_help_and_isolation_flags(void **state)
{
    (void)state;
    pythonc_args a;
    char **argv = ARGV("pythonc", "-sIh");
    split_ok(argv, ARGC(argv), &a, (const char *[]){"pythonc", "-sIh", NULL});
    assert_true(a.help);
    assert_true(a.ignore_environment);
    pythonc_args_clear(&a);

    char **argv2 = ARGV("pythonc", "--help-all");
    split_ok(argv2, ARGC(argv2), &a, (const char *[]){"pythonc", "--help-all", NULL});
    assert_true(a.help);
    pythonc_args_clear(&a);

    /* "h" glued to -W is -W's argument, not help. */
    char **argv3 = ARGV("pythonc", "-Wh", "-c", "pass");
    split_ok(argv3, ARGC(argv3), &a, (const char *[]){"pythonc", "-Wh", "-c", "pass", NULL});
    assert_false(a.help);
    pythonc_args_clear(&a);
}

static void
test_missing_value(void **state)
{
    (void)state;
    pythonc_args a;
    char err[256] = "";
    char **argv = ARGV("pythonc", "--compat");
    assert_int_equal(pythonc_args_split(ARGC(argv), argv, &a, err, sizeof err), 0);
    assert_string_equal(err, "--compat needs a value (expected MAJOR.MINOR[.MICRO], e.g. 3.8)");
    assert_null(a.argv);
}

static void
test_similar_names_pass_through(void **state)
{
    (void)state;
    pythonc_args a;
    char **argv = ARGV("pythonc", "--compatx", "--min-compa=3");
    split_ok(argv, ARGC(argv), &a, (const char *[]){"pythonc", "--compatx", "--min-compa=3", NULL});
    assert_int_equal(a.n_options, 0);
    pythonc_args_clear(&a);
}

static void
test_empty_argv(void **state)
{
    (void)state;
    pythonc_args a;
    char *argv[] = {NULL};
    split_ok(argv, 0, &a, (const char *[]){NULL});
    pythonc_args_clear(&a);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_compat_forms_removed),
        cmocka_unit_test(test_after_program_belongs_to_it),
        cmocka_unit_test(test_option_arguments_are_not_options),
        cmocka_unit_test(test_help_and_isolation_flags),
        cmocka_unit_test(test_missing_value),
        cmocka_unit_test(test_similar_names_pass_through),
        cmocka_unit_test(test_empty_argv),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
