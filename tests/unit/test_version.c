/* Unit tests: version parsing, checking, comparing, quoting. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "version.h"

static void
accepts(const char *text, int major, int minor, int micro)
{
    pythonc_version v;
    const char *why = NULL;
    if (!pythonc_version_parse(text, &v, &why))
        fail_msg("'%s' refused: %s", text, why);
    assert_int_equal(v.major, major);
    assert_int_equal(v.minor, minor);
    assert_int_equal(v.micro, micro);
}

static void
refuses(const char *text, const char *expected_why)
{
    pythonc_version v = {0, 0, 0};
    const char *why = NULL;
    if (pythonc_version_parse(text, &v, &why))
        fail_msg("'%s' accepted as %d.%d.%d", text, v.major, v.minor, v.micro);
    assert_non_null(why);
    assert_string_equal(why, expected_why);
}

static void
test_accepts_two_and_three_fields(void **state)
{
    (void)state;
    accepts("3.8", 3, 8, 0);
    accepts("3.0", 3, 0, 0);
    accepts("3.10.4", 3, 10, 4);
    accepts("3.255.255", 3, 255, 255);
    accepts("4.0", 4, 0, 0);
    accepts("255.0.0", 255, 0, 0);
}

static void
test_refuses_malformed(void **state)
{
    (void)state;
    const char *bad[] = {"", "abc", "3", "3.x", "3.8.1.2", "-3.8", "3.8.", ".3.8", "3..8",
                         " 3.8", "3.8 ", "+3.8", "3.8a1", "3.08", "03.8", "3,8", "3.8\n",
                         "\xc3\xa9", NULL};
    for (const char **p = bad; *p; p++)
        refuses(*p, "is not a version");
}

static void
test_refuses_old_and_huge(void **state)
{
    (void)state;
    refuses("2.7", "is older than 3.0, the oldest compatibility version");
    refuses("0.0", "is older than 3.0, the oldest compatibility version");
    refuses("3.256", "has a field above 255");
    refuses("3.99999999999999999999999", "has a field above 255");
    refuses("4294967299.8", "has a field above 255");
    refuses("3.8.1000", "has a field above 255");
}

static void
test_check_numbers(void **state)
{
    (void)state;
    const char *why;
    assert_true(pythonc_version_check(3, 0, 0, &why));
    assert_false(pythonc_version_check(2, 99, 0, &why));
    assert_false(pythonc_version_check(3, -1, 0, &why));
    assert_false(pythonc_version_check(3, 8, 256, &why));
}

static void
test_compare_and_format(void **state)
{
    (void)state;
    pythonc_version a = {3, 8, 0}, b = {3, 10, 0}, c = {3, 8, 1};
    char buf[16];
    assert_true(pythonc_version_cmp(a, b) < 0);
    assert_true(pythonc_version_cmp(b, a) > 0);
    assert_true(pythonc_version_cmp(a, c) < 0);
    assert_int_equal(pythonc_version_cmp(a, a), 0);
    pythonc_version_format(b, buf, sizeof buf);
    assert_string_equal(buf, "3.10.0");
}

static void
test_quote_escapes_and_cuts(void **state)
{
    (void)state;
    char buf[16];
    pythonc_quote("3.x", buf, sizeof buf);
    assert_string_equal(buf, "3.x");
    pythonc_quote("a\x1b[2Jb", buf, sizeof buf);
    assert_string_equal(buf, "a\\x1b[2Jb");
    pythonc_quote("0123456789abcdefghij", buf, sizeof buf);
    assert_string_equal(buf, "0123456789ab...");
    assert_true(strlen(buf) < sizeof buf);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_accepts_two_and_three_fields),
        cmocka_unit_test(test_refuses_malformed),
        cmocka_unit_test(test_refuses_old_and_huge),
        cmocka_unit_test(test_check_numbers),
        cmocka_unit_test(test_compare_and_format),
        cmocka_unit_test(test_quote_escapes_and_cuts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
