#!/bin/sh
# Install what building and testing pythonc needs on Debian/Ubuntu (idempotent, quiet).
# Run as root, or with sudo available.
set -e
need=""
command -v cc >/dev/null 2>&1 || need="$need gcc"
command -v make >/dev/null 2>&1 || need="$need make"
command -v cmake >/dev/null 2>&1 || need="$need cmake"
[ -e /usr/include/cmocka.h ] || need="$need libcmocka-dev"
ver=$(/usr/bin/python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || true)
[ -n "$ver" ] && [ -e "/usr/include/python$ver/Python.h" ] || need="$need python3-dev"
[ -z "$need" ] && exit 0
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
echo "install-deps: installing$need" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $need >/dev/null
