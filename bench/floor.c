/* pythonc-floor: the cheapest possible embedding of libpython.
 *
 * The benchmark's lower bound: the same libpython, linked the same way as pythonc
 * (pythonc_link_python), with nothing in front of CPython's own main. Whatever pythonc
 * costs above this program is pythonc's own overhead. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

int
main(int argc, char **argv)
{
    return Py_BytesMain(argc, argv);
}
