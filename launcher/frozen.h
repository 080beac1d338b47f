/* frozen.h: the shim catalog and the frozen shim code, generated at build time by
   cmake/freeze_shims.py from the declarations in shims/ (frozen_shims.c, build tree). */
#ifndef PYTHONC_FROZEN_H
#define PYTHONC_FROZEN_H

typedef struct pythonc_catalog_entry {
    const char *id;             /* slug of the removals catalog row */
    const char *target;         /* module the shim touches, or the module it restores */
    const char *removed_in;     /* "3.10" */
    int removed[3];             /* the same, as numbers */
    const char *replacement;    /* what to use instead */
    const char *kind;           /* alias, function, module, behaviour-change, ... */
    const char *file;           /* frozen file that holds the code ("collections"), or "" */
    int restorable;             /* 0 for security fixes and others that are never restored */
    const char *reason;         /* why not restorable, or "" */
} pythonc_catalog_entry;

typedef struct pythonc_frozen_file {
    const char *name;           /* "_compat_engine", "collections", "imp", ... */
    long offset;                /* where its marshalled code object starts in the image */
    int size;
} pythonc_frozen_file;

extern const pythonc_catalog_entry pythonc_catalog[];
extern const int pythonc_catalog_len;
extern const pythonc_frozen_file pythonc_frozen_files[];
extern const int pythonc_frozen_files_len;
/* Every file's marshalled code, one after the other, in one page-aligned, page-padded block
   (see frozen_image.c). */
extern const unsigned char pythonc_frozen_image[];
extern const long pythonc_frozen_image_size;

#endif
