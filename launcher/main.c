/* main.c: hand off. */
#include "pythonc.h"

int
main(int argc, char **argv)
{
    return pythonc_main(argc, argv);
}
