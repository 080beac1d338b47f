#!/bin/sh
# pythonc's benchmark: pythonc, pythonc --compat 3.6, the platform python3 and the floor
# program (bench/floor.c), measured in one run; writes docs/performance.md.
#
#   bench/run.sh [--build DIR] [--quick] [--runs N] [--rounds N] [--jobs N] [--output FILE]
#
#   --build DIR   build directory configured with -DPython3_EXECUTABLE=/usr/bin/python3
#                 and optimised, without sanitizers (created and configured if missing;
#                 default: build-bench at the top of the source tree, apart from the
#                 developers' build/); the targets pythonc and pythonc-floor are (re)built.
#   --quick       fewer wall-time runs and RSS samples, no repeated callgrind runs: a smoke
#                 test (about 3 minutes).
#   --runs N      wall-time runs per measured command (default 20; 5 with --quick).
#   --rounds N    split those runs into N hyperfine calls, in rounds over all the commands,
#                 so that background load spreads evenly (default 2; 1 with --quick).
#   --jobs N      callgrind runs at a time (default: number of CPUs; Ir does not depend on load).
#   --output FILE where to write the report (default: docs/performance.md).
#   --pythonc FILE / --floor FILE   use these binaries instead of building them.
#
# Needs valgrind, hyperfine, GNU time (/usr/bin/time) and cmake; the first three are installed
# with apt-get when missing. The full run takes about 5 minutes on 2 CPUs.
set -eu

here=$(cd "$(dirname "$0")" && pwd)

missing=
command -v valgrind >/dev/null 2>&1 || missing="$missing valgrind"
command -v hyperfine >/dev/null 2>&1 || missing="$missing hyperfine"
[ -x /usr/bin/time ] || missing="$missing time"
if [ -n "$missing" ]; then
    echo "bench: installing$missing" >&2
    if [ "$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing
fi
command -v cmake >/dev/null 2>&1 || { echo "bench: cmake is needed" >&2; exit 1; }

exec /usr/bin/python3 -I "$here/bench.py" "$@"
