/* frozen_image.c: the shims' marshalled code, read out of the binary.

   cmake/freeze_shims.py puts every shim file into one block, pythonc_frozen_image: aligned
   to a page and padded to whole pages, so that no other data of the binary shares its pages.
   Reading a file out of it faults its pages in, and the kernel maps the pages around each
   fault too (fault-around: up to 64 KiB per fault, neighbours the process will never read).
   Once the bytes are unmarshalled they are never read again, so the whole pages of the block
   are unmapped again at once (MADV_DONTNEED; on a private read-only file mapping a later read
   simply maps them again from the file). Without this, loading 20 shim files of 150 KB left
   up to 800 KiB of the binary resident (docs/performance.md). */
#include "frozen_image.h"
#include "frozen.h"

#include <marshal.h>
#include <stdint.h>
#include <string.h>
#if defined(__linux__)
#  include <sys/mman.h>
#  include <unistd.h>
#endif

static const pythonc_frozen_file *
frozen_find(const char *name)
{
    for (int i = 0; i < pythonc_frozen_files_len; i++) {
        if (strcmp(pythonc_frozen_files[i].name, name) == 0)
            return &pythonc_frozen_files[i];
    }
    return NULL;
}

/* Unmap the block's whole pages (only those: the block is page-aligned and page-padded when
   built with GCC or Clang, and the rounding inwards keeps any other data's page untouched
   where it is not). */
static void
frozen_release(void)
{
#if defined(__linux__) && defined(MADV_DONTNEED)
    static uintptr_t page;
    if (page == 0) {
        long size = sysconf(_SC_PAGESIZE);
        page = size > 0 ? (uintptr_t)size : 4096;
    }
    uintptr_t start = (uintptr_t)pythonc_frozen_image;
    uintptr_t end = start + (uintptr_t)pythonc_frozen_image_size;
    uintptr_t first = (start + page - 1) & ~(page - 1);
    uintptr_t last = end & ~(page - 1);
    if (last > first)
        (void)madvise((void *)first, last - first, MADV_DONTNEED);
#endif
}

PyObject *
pythonc_frozen_code(const char *name)
{
    const pythonc_frozen_file *f = frozen_find(name);
    if (f == NULL) {
        PyErr_Format(PyExc_KeyError, "no frozen shim file %.100s", name);
        return NULL;
    }
    PyObject *code = PyMarshal_ReadObjectFromString(
        (const char *)pythonc_frozen_image + f->offset, f->size);
    frozen_release();
    return code;
}
