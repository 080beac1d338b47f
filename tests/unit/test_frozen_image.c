/* Unit tests: the frozen image (launcher/frozen_image.c) is laid out on whole pages of its
   own, and reading a file out of it leaves none of its pages mapped. */
#include <Python.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "frozen.h"
#include "frozen_image.h"

static void
test_layout(void **state)
{
    (void)state;
    long page = sysconf(_SC_PAGESIZE);
    assert_true(page > 0);
    assert_int_equal((uintptr_t)pythonc_frozen_image % 4096, 0);
    assert_int_equal(pythonc_frozen_image_size % 4096, 0);
    assert_true(pythonc_frozen_files_len > 1);
    assert_string_equal(pythonc_frozen_files[0].name, "_compat_engine");
    long end = 0;
    for (int i = 0; i < pythonc_frozen_files_len; i++) {
        const pythonc_frozen_file *f = &pythonc_frozen_files[i];
        assert_int_equal(f->offset, end);           /* packed, in order, no overlap */
        assert_true(f->size > 0);
        end = f->offset + f->size;
        assert_true(end <= pythonc_frozen_image_size);
    }
    assert_true(pythonc_frozen_image_size - end < 16384);
}

/* pythonc_compat_id_disabled() searches the catalog by bisection. */
static void
test_catalog_sorted(void **state)
{
    (void)state;
    assert_true(pythonc_catalog_len > 1);
    for (int i = 1; i < pythonc_catalog_len; i++)
        assert_true(strcmp(pythonc_catalog[i - 1].id, pythonc_catalog[i].id) < 0);
}

#if defined(__linux__)
/* How many pages of the image are mapped in this process (/proc/self/pagemap, bit 63). */
static long
resident_pages(void)
{
    long page = sysconf(_SC_PAGESIZE);
    uintptr_t first = (uintptr_t)pythonc_frozen_image / page;
    uintptr_t last = ((uintptr_t)pythonc_frozen_image + pythonc_frozen_image_size) / page;
    FILE *f = fopen("/proc/self/pagemap", "rb");
    assert_non_null(f);
    assert_int_equal(fseek(f, (long)(first * 8), SEEK_SET), 0);
    long present = 0;
    for (uintptr_t p = first; p < last; p++) {
        uint64_t entry = 0;
        assert_int_equal(fread(&entry, sizeof entry, 1, f), 1);
        present += (long)(entry >> 63);
    }
    fclose(f);
    return present;
}

static void
test_reading_unmaps_the_image(void **state)
{
    (void)state;
    long page = sysconf(_SC_PAGESIZE);
    volatile unsigned char sum = 0;
    for (long i = 0; i < pythonc_frozen_image_size; i += page)   /* map every page */
        sum += pythonc_frozen_image[i];
    (void)sum;
    assert_true(resident_pages() > 0);

    PyObject *code = pythonc_frozen_code("_compat_engine");
    assert_non_null(code);
    assert_true(PyCode_Check(code));
    Py_DECREF(code);
    assert_int_equal(resident_pages(), 0);

    /* and the bytes read again afterwards are the same ones */
    code = pythonc_frozen_code("_compat_engine");
    assert_non_null(code);
    assert_true(PyCode_Check(code));
    Py_DECREF(code);
}
#endif

static void
test_unknown_file(void **state)
{
    (void)state;
    assert_null(pythonc_frozen_code("no-such-shim-file"));
    assert_true(PyErr_ExceptionMatches(PyExc_KeyError));
    PyErr_Clear();
}

int
main(void)
{
    PyConfig config;
    PyConfig_InitIsolatedConfig(&config);
    config.install_signal_handlers = 0;
    PyStatus status = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    if (PyStatus_Exception(status)) {
        fprintf(stderr, "test_frozen_image: cannot start the interpreter\n");
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_layout),
        cmocka_unit_test(test_catalog_sorted),
#if defined(__linux__)
        cmocka_unit_test(test_reading_unmaps_the_image),
#endif
        cmocka_unit_test(test_unknown_file),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    Py_FinalizeEx();
    return failed;
}
