/* Unit tests: PEP 606's rules for requests, floors and the hand-over to children. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "compat_state.h"

static const pythonc_version RUNNING = {3, 11, 2};

static pythonc_version
V(int a, int b, int c)
{
    pythonc_version v = {a, b, c};
    return v;
}

static void
assert_version(pythonc_version v, int a, int b, int c)
{
    assert_int_equal(v.major, a);
    assert_int_equal(v.minor, b);
    assert_int_equal(v.micro, c);
}

static void
test_default_is_running(void **state)
{
    (void)state;
    pythonc_compat_state s;
    pythonc_compat_init(&s, RUNNING);
    assert_version(pythonc_compat_effective(&s), 3, 11, 2);
    assert_false(pythonc_compat_is_lowered(&s));
}

static void
test_minimum_of_requests(void **state)
{
    (void)state;
    pythonc_compat_state s;
    char err[256];
    pythonc_compat_init(&s, RUNNING);
    assert_true(pythonc_compat_request(&s, V(3, 9, 0), "a", err, sizeof err));
    assert_true(pythonc_compat_request(&s, V(3, 10, 0), "b", err, sizeof err));
    assert_version(pythonc_compat_effective(&s), 3, 9, 0);
    assert_string_equal(s.request_source, "a");
    assert_true(pythonc_compat_request(&s, V(3, 6, 0), "c", err, sizeof err));
    assert_version(pythonc_compat_effective(&s), 3, 6, 0);
    assert_true(pythonc_compat_is_lowered(&s));
}

static void
test_request_above_running_is_no_compat(void **state)
{
    (void)state;
    pythonc_compat_state s;
    char err[256];
    pythonc_compat_init(&s, RUNNING);
    assert_true(pythonc_compat_request(&s, V(3, 20, 0), "a", err, sizeof err));
    assert_version(pythonc_compat_effective(&s), 3, 11, 2);
    assert_false(pythonc_compat_is_lowered(&s));
    assert_true(pythonc_compat_request(&s, V(3, 11, 2), "b", err, sizeof err));
    assert_false(pythonc_compat_is_lowered(&s));
    assert_true(pythonc_compat_request(&s, V(3, 11, 1), "c", err, sizeof err));
    assert_true(pythonc_compat_is_lowered(&s));
}

static void
test_floor_rules(void **state)
{
    (void)state;
    pythonc_compat_state s;
    char err[256] = "";
    pythonc_compat_init(&s, RUNNING);
    assert_true(pythonc_compat_floor(&s, V(3, 6, 0), "--min-compat 3.6", err, sizeof err));
    assert_true(pythonc_compat_floor(&s, V(3, 8, 0), "PYTHONCOMPATMINVERSION=3.8", err, sizeof err));
    assert_true(pythonc_compat_floor(&s, V(3, 7, 0), "x", err, sizeof err));
    assert_version(s.floor, 3, 8, 0);
    assert_false(pythonc_compat_request(&s, V(3, 7, 0), "--compat 3.7", err, sizeof err));
    assert_string_equal(err, "--compat 3.7: compatibility version 3.7.0 is below the minimum 3.8.0 "
                        "set by PYTHONCOMPATMINVERSION=3.8 (raise the version or lower the minimum)");
    assert_false(pythonc_compat_is_lowered(&s));     /* the refused request left no trace */
    assert_true(pythonc_compat_request(&s, V(3, 8, 0), "--compat 3.8", err, sizeof err));
    assert_false(pythonc_compat_floor(&s, V(3, 9, 0), "-X min_compat_version=3.9", err, sizeof err));
    assert_string_equal(err, "-X min_compat_version=3.9: minimum compatibility version 3.9.0 is above "
                        "the version 3.8.0 requested by --compat 3.8 (raise the version or lower the minimum)");
    assert_version(s.floor, 3, 8, 0);
}

static void
test_inherit_round_trip(void **state)
{
    (void)state;
    pythonc_compat_state s, child;
    char buf[64], err[256];
    pythonc_compat_init(&s, RUNNING);
    pythonc_compat_inherit_format(&s, buf, sizeof buf);
    assert_string_equal(buf, "");
    pythonc_compat_floor(&s, V(3, 6, 0), "f", err, sizeof err);
    pythonc_compat_request(&s, V(3, 8, 1), "r", err, sizeof err);
    pythonc_compat_inherit_format(&s, buf, sizeof buf);
    assert_string_equal(buf, "3.8.1:3.6.0");

    pythonc_compat_init(&child, RUNNING);
    assert_true(pythonc_compat_inherit_apply(&child, buf, err, sizeof err));
    assert_version(pythonc_compat_effective(&child), 3, 8, 1);
    assert_version(child.floor, 3, 6, 0);

    pythonc_compat_init(&child, RUNNING);
    assert_true(pythonc_compat_inherit_apply(&child, "3.9:", err, sizeof err));
    assert_version(pythonc_compat_effective(&child), 3, 9, 0);
    assert_false(child.has_floor);
}

static void
test_inherit_malformed(void **state)
{
    (void)state;
    const char *bad[] = {"3.8", "3.8:3.6:1", "x:", ":y", "2.7:", "3.8.1.1:", NULL};
    for (const char **p = bad; *p; p++) {
        pythonc_compat_state s;
        char err[256] = "";
        pythonc_compat_init(&s, RUNNING);
        if (pythonc_compat_inherit_apply(&s, *p, err, sizeof err))
            fail_msg("'%s' accepted", *p);
        assert_non_null(strstr(err, "PYTHONC_INHERIT"));
    }
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_is_running),
        cmocka_unit_test(test_minimum_of_requests),
        cmocka_unit_test(test_request_above_running_is_no_compat),
        cmocka_unit_test(test_floor_rules),
        cmocka_unit_test(test_inherit_round_trip),
        cmocka_unit_test(test_inherit_malformed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
