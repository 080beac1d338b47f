/* Unit tests: where requests come from (options, -X, environment, inheritance). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"

#define ARGV(...) ((char *[]){__VA_ARGS__, NULL})
static int ARGC(char **a) { int n = 0; while (a[n]) n++; return n; }

static int
setup(void **state)
{
    (void)state;
    unsetenv("PYTHONCOMPATVERSION");
    unsetenv("PYTHONCOMPATMINVERSION");
    unsetenv("PYTHONC_INHERIT");
    return 0;
}

/* Collect from argv; returns the rc and leaves the message in err. */
static int
collect(char **argv, int argc, pythonc_compat_state *s, char *err, size_t size)
{
    pythonc_args a;
    pythonc_version running = {3, 11, 2};
    assert_int_equal(pythonc_args_split(argc, argv, &a, err, size), 1);
    pythonc_compat_init(s, running);
    int rc = pythonc_config_collect(&a, s, err, size);
    pythonc_args_clear(&a);
    return rc;
}

static void
test_running_version_text(void **state)
{
    (void)state;
    pythonc_version v;
    assert_true(pythonc_running_version("3.11.2 (main, Mar 13 2023)", &v));
    assert_int_equal(v.minor, 11);
    assert_int_equal(v.micro, 2);
    assert_true(pythonc_running_version("3.14.0rc1+ (heads/main)", &v));
    assert_int_equal(v.minor, 14);
    assert_int_equal(v.micro, 0);
    assert_false(pythonc_running_version("abc", &v));
}

static void
test_all_sources_minimum_wins(void **state)
{
    (void)state;
    pythonc_compat_state s;
    char err[512] = "";
    setenv("PYTHONCOMPATVERSION", "3.9", 1);
    char **argv = ARGV("pythonc", "-X", "compat_version=3.8.2", "--compat", "3.10", "-c", "pass");
    assert_int_equal(collect(argv, ARGC(argv), &s, err, sizeof err), 1);
    assert_int_equal(s.request.minor, 8);
    assert_int_equal(s.request.micro, 2);
    assert_string_equal(s.request_source, "-X compat_version=3.8.2");
}

static void
test_environment_ignored_under_E_and_I(void **state)
{
    (void)state;
    pythonc_compat_state s;
    char err[512] = "";
    setenv("PYTHONCOMPATVERSION", "3.8", 1);
    setenv("PYTHONCOMPATMINVERSION", "garbage", 1);
    char **argv = ARGV("pythonc", "-I", "-c", "pass");
    assert_int_equal(collect(argv, ARGC(argv), &s, err, sizeof err), 1);
    assert_false(s.has_request);
    char **argv2 = ARGV("pythonc", "-bE", "-c", "pass");
    assert_int_equal(collect(argv2, ARGC(argv2), &s, err, sizeof err), 1);
    assert_false(s.has_request);
}

static void
test_empty_environment_is_unset(void **state)
{
    (void)state;
    pythonc_compat_state s;
    char err[512] = "";
    setenv("PYTHONCOMPATVERSION", "", 1);
    char **argv = ARGV("pythonc", "-c", "pass");
    assert_int_equal(collect(argv, ARGC(argv), &s, err, sizeof err), 1);
    assert_false(s.has_request);
}

static void
test_messages_name_the_source(void **state)
{
    (void)state;
    pythonc_compat_state s;
    char err[512] = "";
    setenv("PYTHONCOMPATVERSION", "3.x", 1);
    char **argv = ARGV("pythonc", "-c", "pass");
    assert_int_equal(collect(argv, ARGC(argv), &s, err, sizeof err), 0);
    assert_string_equal(err, "PYTHONCOMPATVERSION: '3.x' is not a version (expected MAJOR.MINOR[.MICRO], e.g. 3.8)");
    unsetenv("PYTHONCOMPATVERSION");

    char **argv2 = ARGV("pythonc", "-X", "compat_version", "-c", "pass");
    assert_int_equal(collect(argv2, ARGC(argv2), &s, err, sizeof err), 0);
    assert_string_equal(err, "-X compat_version needs a value (expected -X compat_version=MAJOR.MINOR[.MICRO], e.g. -X compat_version=3.8)");

    char **argv3 = ARGV("pythonc", "--compat", "2.7", "-c", "pass");
    assert_int_equal(collect(argv3, ARGC(argv3), &s, err, sizeof err), 0);
    assert_string_equal(err, "--compat: '2.7' is older than 3.0, the oldest compatibility version (expected MAJOR.MINOR[.MICRO], e.g. 3.8)");
}

static void
test_floor_conflict_names_both(void **state)
{
    (void)state;
    pythonc_compat_state s;
    char err[512] = "";
    setenv("PYTHONCOMPATMINVERSION", "3.8", 1);
    char **argv = ARGV("pythonc", "--compat", "3.6", "-c", "pass");
    assert_int_equal(collect(argv, ARGC(argv), &s, err, sizeof err), 0);
    assert_non_null(strstr(err, "--compat 3.6"));
    assert_non_null(strstr(err, "PYTHONCOMPATMINVERSION=3.8"));
}

static void
test_inherited_state(void **state)
{
    (void)state;
    pythonc_compat_state s;
    char err[512] = "";
    setenv("PYTHONC_INHERIT", "3.8.0:3.6.0", 1);
    char **argv = ARGV("pythonc", "-I", "-c", "pass");
    assert_int_equal(collect(argv, ARGC(argv), &s, err, sizeof err), 1);
    assert_int_equal(s.request.minor, 8);
    assert_int_equal(s.floor.minor, 6);
    setenv("PYTHONC_INHERIT", "bogus", 1);
    assert_int_equal(collect(argv, ARGC(argv), &s, err, sizeof err), 0);
    assert_non_null(strstr(err, "PYTHONC_INHERIT"));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_running_version_text),
        cmocka_unit_test_setup(test_all_sources_minimum_wins, setup),
        cmocka_unit_test_setup(test_environment_ignored_under_E_and_I, setup),
        cmocka_unit_test_setup(test_empty_environment_is_unset, setup),
        cmocka_unit_test_setup(test_messages_name_the_source, setup),
        cmocka_unit_test_setup(test_floor_conflict_names_both, setup),
        cmocka_unit_test_setup(test_inherited_state, setup),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
