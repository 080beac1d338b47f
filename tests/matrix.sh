#!/usr/bin/env bash
# tests/matrix.sh -- build pythonc against every supported CPython and run the
# whole ctest suite (labels unit, cli, shim) on each one.
#
#   tests/matrix.sh [--only 3.11,3.13,3.14] [--jobs N] [--require-all] [--clean]
#
# Runtimes:
#   3.8 .. 3.13  pyenv: the newest installed patch release of each minor,
#                $(pyenv root)/versions/3.X.Y/bin/python3.X
#   3.14         Debian sid's /usr/bin/python3.14 inside a chroot made once with
#                debootstrap and cached in
#                ${PYTHONC_CHROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/pythonc/sid-chroot}
#
# Each runtime gets its own build tree, <build root>/<runtime> (default build root:
# build-matrix/ at the top of the source tree). A runtime that is not available is
# reported as "skipped (<why>)"; --require-all turns every skip into a failure.
# The run ends with a table (runtime x build, unit, cli, shim) and a last line
# "N passed, N failed" (tests over every runtime; a failed build counts as one failure).
# Exit status: 0 when every runtime that was present built and passed, 1 otherwise
# (also when nothing at all could run), 2 for a usage error.
#
# Environment:
#   PYTHONC_CHROOT          where the sid chroot lives (created if missing)
#   PYTHONC_DEBIAN_MIRROR   mirror for debootstrap (default: the one apt is configured with)
#   PYTHONC_MATRIX_BUILD    build root (default: <source>/build-matrix)
#   PYTHONC_CMAKE_ARGS      extra arguments for the cmake configure step
#   PYTHONC_TEST_TIMEOUT    ctest --timeout for tests that set none (default 600 s)

set -uo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ALL_RUNTIMES=(3.8 3.9 3.10 3.11 3.12 3.13 3.14)
LABELS=(unit cli shim)

JOBS=$(nproc 2>/dev/null || echo 2)
ONLY=""
REQUIRE_ALL=0
CLEAN=0
BUILD_ROOT=${PYTHONC_MATRIX_BUILD:-$SRC/build-matrix}
CHROOT=${PYTHONC_CHROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/pythonc/sid-chroot}
TEST_TIMEOUT=${PYTHONC_TEST_TIMEOUT:-600}
CHROOT_PY=/usr/bin/python3.14
# Fixed paths inside the chroot, so the cached CMake tree stays valid between runs.
CHROOT_SRC=/pythonc/src
CHROOT_BUILD=/pythonc/build

usage() {
    sed -n '2,/^$/{s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
    exit "${1:-0}"
}

die_usage() { echo "matrix.sh: $*" >&2; echo "try: tests/matrix.sh --help" >&2; exit 2; }

while (($#)); do
    case $1 in
        --only) (($# >= 2)) || die_usage "--only needs a list"; ONLY=$2; shift ;;
        --only=*) ONLY=${1#*=} ;;
        --jobs|-j) (($# >= 2)) || die_usage "--jobs needs a number"; JOBS=$2; shift ;;
        --jobs=*) JOBS=${1#*=} ;;
        -j[0-9]*) JOBS=${1#-j} ;;
        --require-all) REQUIRE_ALL=1 ;;
        --clean) CLEAN=1 ;;
        --build-root) (($# >= 2)) || die_usage "--build-root needs a directory"; BUILD_ROOT=$2; shift ;;
        --build-root=*) BUILD_ROOT=${1#*=} ;;
        -h|--help) usage 0 ;;
        *) die_usage "unknown argument: $1" ;;
    esac
    shift
done

[[ $JOBS =~ ^[1-9][0-9]*$ ]] || die_usage "--jobs wants a positive integer, not '$JOBS'"

RUNTIMES=()
if [[ -n $ONLY ]]; then
    IFS=', ' read -r -a wanted <<<"$ONLY"
    for w in "${wanted[@]}"; do
        [[ -z $w ]] && continue
        ok=0
        for r in "${ALL_RUNTIMES[@]}"; do [[ $r == "$w" ]] && ok=1; done
        ((ok)) || die_usage "unknown runtime '$w' (known: ${ALL_RUNTIMES[*]})"
        for r in "${RUNTIMES[@]}"; do [[ $r == "$w" ]] && ok=0; done
        ((ok)) && RUNTIMES+=("$w")
    done
    ((${#RUNTIMES[@]})) || die_usage "--only selected no runtime"
else
    RUNTIMES=("${ALL_RUNTIMES[@]}")
fi

mkdir -p "$BUILD_ROOT" || { echo "matrix.sh: cannot create $BUILD_ROOT" >&2; exit 1; }
BUILD_ROOT=$(cd "$BUILD_ROOT" && pwd)
LOGS=$BUILD_ROOT/logs
mkdir -p "$LOGS"

log() { printf '[matrix] %s\n' "$*"; }

# Two matrix runs on one build root would trample each other's trees.
exec 8>"$BUILD_ROOT/.lock"
if ! flock -n 8; then
    log "another matrix run is using $BUILD_ROOT; waiting for it"
    flock 8
fi

# ---------------------------------------------------------------- results
declare -A STATUS REASON PYVER BUILD CELL_P CELL_F CELL_S CELL_T SECS
TOTAL_PASSED=0
TOTAL_FAILED=0
HAVE_OTHER=0

fmt_time() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

# ---------------------------------------------------------------- mounts
MOUNTED=()          # mount points to undo, in order of mounting
CHROOT_LOCKED=0

cleanup() {
    local i
    for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
        umount "${MOUNTED[i]}" 2>/dev/null || umount -l "${MOUNTED[i]}" 2>/dev/null ||
            echo "matrix.sh: could not unmount ${MOUNTED[i]}" >&2
    done
    MOUNTED=()
    if ((CHROOT_LOCKED)); then flock -u 9 2>/dev/null; CHROOT_LOCKED=0; fi
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM

# Mount points below $1, deepest first (from /proc/self/mounts, octal escapes decoded).
mounts_under() {
    local base=$1
    awk '{print $2}' /proc/self/mounts | while IFS= read -r m; do
        m=$(printf '%b' "$m")
        [[ $m == "$base" || $m == "$base"/* ]] && printf '%s\n' "$m"
    done | sort -r
}

# Unmount whatever a killed earlier run (or debootstrap) left below $1.
unmount_stale() {
    local m
    while IFS= read -r m; do
        [[ -n $m ]] || continue
        log "unmounting stale $m"
        umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null
    done < <(mounts_under "$1")
    [[ -z $(mounts_under "$1") ]]
}

do_mount() {   # do_mount <mountpoint> <mount args...>
    local mp=$1; shift
    mkdir -p "$mp" && mount "$@" "$mp" || return 1
    MOUNTED+=("$mp")
    # Never let a mount made under the chroot propagate back to the host.
    mount --make-private "$mp" 2>/dev/null || true
}

# ---------------------------------------------------------------- interpreters
pyenv_root() {
    if command -v pyenv >/dev/null 2>&1; then
        pyenv root 2>/dev/null && return
    fi
    [[ -n ${PYENV_ROOT:-} && -d $PYENV_ROOT ]] && { printf '%s\n' "$PYENV_ROOT"; return; }
    [[ -d $HOME/.pyenv ]] && { printf '%s\n' "$HOME/.pyenv"; return; }
    return 1
}

# Newest patch release of minor $1 under pyenv, as the path of its python3.X.
find_pyenv_python() {
    local minor=$1 root d best=""
    root=$(pyenv_root) || return 1
    while IFS= read -r d; do
        [[ -x $root/versions/$d/bin/python$minor ]] && best=$root/versions/$d/bin/python$minor
    done < <(for d in "$root/versions/$minor".*; do
                 d=${d##*/}
                 [[ $d =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] && printf '%s\n' "$d"
             done | sort -V)
    [[ -n $best ]] && printf '%s\n' "$best"
}

# ---------------------------------------------------------------- the sid chroot
# The Debian mirror apt is configured with: PYTHONC_DEBIAN_MIRROR, else the first
# "deb" source of /etc/apt/sources.list{,.d/*.list,.d/*.sources} serving a Debian
# suite (security archives excluded).
debian_mirror() {
    if [[ -n ${PYTHONC_DEBIAN_MIRROR:-} ]]; then
        printf '%s\n' "$PYTHONC_DEBIAN_MIRROR"; return
    fi
    local suites='^(sid|unstable|testing|stable|oldstable|experimental|forky|trixie|bookworm|bullseye|buster)(-updates|-backports)?$'
    local f files=()
    [[ -f /etc/apt/sources.list ]] && files+=(/etc/apt/sources.list)
    for f in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
        [[ -f $f ]] && files+=("$f")
    done
    ((${#files[@]})) || return 1
    local found
    found=$(
        for f in "${files[@]}"; do
            if [[ $f == *.sources ]]; then
                # deb822: stanzas separated by blank lines
                awk -v suites="$suites" '
                    function flush() {
                        if (types ~ /(^| )deb( |$)/ && enabled != "no")
                            for (i = 1; i <= nu; i++)
                                for (j = 1; j <= ns; j++)
                                    if (s[j] ~ suites && u[i] ~ /^https?:/) { print u[i]; return }
                    }
                    /^[ \t]*#/ { next }
                    /^[ \t]*$/ { flush(); types = ""; enabled = ""; nu = ns = 0; next }
                    tolower($1) == "types:"   { types = ""; for (i = 2; i <= NF; i++) types = types " " $i " " }
                    tolower($1) == "uris:"    { nu = 0; for (i = 2; i <= NF; i++) u[++nu] = $i }
                    tolower($1) == "suites:"  { ns = 0; for (i = 2; i <= NF; i++) s[++ns] = $i }
                    tolower($1) == "enabled:" { enabled = tolower($2) }
                    END { flush() }' "$f"
            else
                # one-line format: deb [options] uri suite components...
                sed -e 's/#.*//' -e 's/\[[^]]*\]//' "$f" |
                    awk -v suites="$suites" '$1 == "deb" && $2 ~ /^https?:/ && $3 ~ suites { print $2 }'
            fi
        done | head -n 1
    )
    [[ -n $found ]] || return 1
    printf '%s\n' "${found%/}"
}

chroot_usable() {   # prints what is missing
    local c=$1 f missing=()
    for f in "$CHROOT_PY" /usr/bin/cmake /usr/bin/ctest /usr/bin/gcc /usr/bin/make /usr/include/cmocka.h; do
        [[ -e $c$f ]] || missing+=("$f")
    done
    ((${#missing[@]} == 0)) || { printf '%s\n' "${missing[*]}"; return 1; }
}

# Makes sure $CHROOT exists (debootstrap once); on failure sets CHROOT_WHY.
# Called with the chroot lock held.
CHROOT_WHY=""
ensure_chroot() {
    local missing
    if [[ -d $CHROOT ]]; then
        if missing=$(chroot_usable "$CHROOT"); then return 0; fi
        CHROOT_WHY="chroot $CHROOT lacks $missing (delete it to have it made again)"
        return 1
    fi
    local deboot
    deboot=$(command -v debootstrap || { [[ -x /usr/sbin/debootstrap ]] && echo /usr/sbin/debootstrap; })
    if [[ -z $deboot ]]; then
        CHROOT_WHY="debootstrap not installed; apt-get install debootstrap"
        return 1
    fi
    local mirror
    if ! mirror=$(debian_mirror); then
        CHROOT_WHY="no Debian mirror found in /etc/apt/sources.list*; set PYTHONC_DEBIAN_MIRROR"
        return 1
    fi
    local tmp=$CHROOT.partial
    if [[ -e $tmp ]]; then
        unmount_stale "$tmp" || { CHROOT_WHY="cannot unmount leftovers under $tmp"; return 1; }
        rm -rf --one-file-system "$tmp"
    fi
    local blog=$LOGS/sid-chroot.log
    log "creating the sid chroot in $CHROOT (debootstrap from $mirror; log: $blog)"
    local t0=$SECONDS
    "$deboot" --variant=minbase \
        --include=python3.14-dev,gcc,cmake,make,libcmocka-dev,ca-certificates \
        sid "$tmp" "$mirror" >"$blog" 2>&1
    local rc=$?
    unmount_stale "$tmp" >/dev/null 2>&1   # debootstrap may leave /proc, /sys mounted on failure
    if ((rc != 0)); then
        CHROOT_WHY="debootstrap failed (status $rc, see $blog)"
        [[ -z $(mounts_under "$tmp") ]] && rm -rf --one-file-system "$tmp"
        return 1
    fi
    if ! missing=$(chroot_usable "$tmp"); then
        CHROOT_WHY="debootstrap made a chroot without $missing (see $blog)"
        return 1
    fi
    mv "$tmp" "$CHROOT" || { CHROOT_WHY="cannot move $tmp to $CHROOT"; return 1; }
    log "sid chroot ready in $(fmt_time $((SECONDS - t0)))"
}

# Runs a command inside the chroot with a clean environment.
in_chroot() {
    chroot "$CHROOT" /usr/bin/env -i \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/tmp LANG=C.UTF-8 TERM=dumb TMPDIR=/tmp CI="${CI:-}" \
        "$@"
}

# Locks the chroot, mounts /proc, /dev and the trees; sets the reason on failure.
enter_chroot() {
    local build_host=$1
    mkdir -p "$(dirname "$CHROOT")" || { CHROOT_WHY="cannot create $(dirname "$CHROOT")"; return 1; }
    exec 9>"$CHROOT.lock"
    if ! flock -n 9; then
        log "another run is using the chroot; waiting"
        flock 9
    fi
    CHROOT_LOCKED=1
    if ((EUID != 0)); then
        CHROOT_WHY="needs root (debootstrap, chroot, mount)"
        return 1
    fi
    ensure_chroot || return 1
    unmount_stale "$CHROOT" || { CHROOT_WHY="cannot unmount stale mounts under $CHROOT"; return 1; }
    do_mount "$CHROOT/proc" -t proc proc || { CHROOT_WHY="cannot mount /proc in the chroot"; return 1; }
    do_mount "$CHROOT/dev" --bind /dev || { CHROOT_WHY="cannot bind-mount /dev in the chroot"; return 1; }
    local d
    for d in /dev/pts /dev/shm; do
        mountpoint -q "$d" && { do_mount "$CHROOT$d" --bind "$d" || { CHROOT_WHY="cannot bind-mount $d"; return 1; }; }
    done
    mkdir -p "$build_host"
    do_mount "$CHROOT$CHROOT_SRC" --bind "$SRC" ||
        { CHROOT_WHY="cannot bind-mount the source tree into the chroot"; return 1; }
    mount -o remount,bind,ro "$CHROOT$CHROOT_SRC" 2>/dev/null || true   # read-only where allowed
    do_mount "$CHROOT$CHROOT_BUILD" --bind "$build_host" ||
        { CHROOT_WHY="cannot bind-mount the build tree into the chroot"; return 1; }
}

# ---------------------------------------------------------------- ctest parsing
# parse_ctest <log>: sets P F S T (passed, failed, skipped, total); returns 1 if the
# log has no summary at all (ctest itself failed).
parse_ctest() {
    local logf=$1 line
    P=0 F=0 S=0 T=0
    if grep -q 'No tests were found' "$logf"; then return 0; fi
    line=$(grep -E '[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$logf" | tail -n 1)
    [[ -n $line ]] || return 1
    F=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
    T=$(sed -E 's/.* failed out of ([0-9]+).*/\1/' <<<"$line")
    S=$(awk '/The following tests did not run:/ { on = 1; next }
        on && /^[[:space:]]+[0-9]+ - .*\((Skipped|Disabled)\)/ { n++; next }
        on { on = 0 }
        END { print n + 0 }' "$logf")
    P=$((T - F - S))
    ((P < 0)) && P=0
    return 0
}

# ---------------------------------------------------------------- one runtime
# run_runtime <name> <python as seen by the runner> <build dir as seen by the runner>
#             <source as seen by the runner> <runner prefix...>
run_runtime() {
    local rt=$1 py=$2 bdir=$3 src=$4; shift 4
    local runner=("$@")
    local blog=$LOGS/$rt-build.log

    PYVER[$rt]=$("${runner[@]}" "$py" -c 'import sys; print(sys.version.split()[0])' 2>/dev/null) ||
        PYVER[$rt]="?"

    log "$rt: configure + build (python ${PYVER[$rt]}; log: $blog)"
    local extra=()
    [[ -n ${PYTHONC_CMAKE_ARGS:-} ]] && read -r -a extra <<<"$PYTHONC_CMAKE_ARGS"
    {
        "${runner[@]}" cmake -S "$src" -B "$bdir" -DPython3_EXECUTABLE="$py" "${extra[@]}" &&
            "${runner[@]}" cmake --build "$bdir" -j "$JOBS"
    } >"$blog" 2>&1
    if (($? != 0)); then
        BUILD[$rt]=FAIL
        STATUS[$rt]=fail
        TOTAL_FAILED=$((TOTAL_FAILED + 1))
        log "$rt: BUILD FAILED; last lines of $blog:"
        tail -n 25 "$blog" | sed 's/^/    /'
        return
    fi
    BUILD[$rt]=ok

    local label tlog sel labels=("${LABELS[@]}")
    # Tests carrying none of the three labels still belong to the suite: run them as "other".
    local n_other
    n_other=$("${runner[@]}" ctest --test-dir "$bdir" -N -LE '^(unit|cli|shim)$' 2>/dev/null |
        sed -nE 's/^Total Tests: ([0-9]+).*/\1/p')
    if [[ ${n_other:-0} -gt 0 ]]; then labels+=(other); HAVE_OTHER=1; fi

    for label in "${labels[@]}"; do
        tlog=$LOGS/$rt-$label.log
        if [[ $label == other ]]; then sel=(-LE '^(unit|cli|shim)$'); else sel=(-L "^$label\$"); fi
        "${runner[@]}" ctest --test-dir "$bdir" "${sel[@]}" -j "$JOBS" \
            --output-on-failure --timeout "$TEST_TIMEOUT" >"$tlog" 2>&1
        local rc=$?
        if parse_ctest "$tlog"; then
            :
        else
            P=0 F=1 S=0 T=1     # ctest itself broke: count one failure
        fi
        ((rc != 0 && F == 0)) && F=1   # a non-zero ctest always shows up as a failure
        CELL_P[$rt:$label]=$P CELL_F[$rt:$label]=$F CELL_S[$rt:$label]=$S CELL_T[$rt:$label]=$T
        TOTAL_PASSED=$((TOTAL_PASSED + P))
        TOTAL_FAILED=$((TOTAL_FAILED + F))
        log "$rt: $label: $P passed, $F failed, $S skipped (of $T)"
        if ((F > 0)); then
            STATUS[$rt]=fail
            awk -v l="$label" '/The following tests FAILED:/ { on = 1; next }
                on && /^[[:space:]]+[0-9]+ - / { sub(/^[[:space:]]+/, ""); print "    " l " FAILED: " $0; next }
                on { on = 0 }' "$tlog"
            log "$rt: $label: details in $tlog"
        fi
    done
    [[ ${STATUS[$rt]:-} == fail ]] || STATUS[$rt]=ok
}

# ---------------------------------------------------------------- main loop
log "source: $SRC"
log "build root: $BUILD_ROOT   jobs: $JOBS   runtimes: ${RUNTIMES[*]}"
MATRIX_T0=$SECONDS

for rt in "${RUNTIMES[@]}"; do
    t0=$SECONDS
    bhost=$BUILD_ROOT/$rt
    if ((CLEAN)) && [[ -d $bhost ]]; then
        log "$rt: removing $bhost (--clean)"
        rm -rf --one-file-system "$bhost"
    fi
    if [[ $rt == 3.14 ]]; then
        if enter_chroot "$bhost"; then
            log "3.14: Debian sid chroot $CHROOT, $CHROOT_PY"
            run_runtime 3.14 "$CHROOT_PY" "$CHROOT_BUILD" "$CHROOT_SRC" in_chroot
        else
            STATUS[$rt]=skip
            REASON[$rt]=$CHROOT_WHY
        fi
        cleanup
    else
        if py=$(find_pyenv_python "$rt"); then
            log "$rt: $py"
            run_runtime "$rt" "$py" "$bhost" "$SRC" env
        else
            STATUS[$rt]=skip
            if pyenv_root >/dev/null; then
                REASON[$rt]="not installed"
            else
                REASON[$rt]="not installed: no pyenv"
            fi
        fi
    fi
    SECS[$rt]=$((SECONDS - t0))
    if [[ ${STATUS[$rt]} == skip ]]; then
        log "$rt: skipped (${REASON[$rt]})"
    else
        log "$rt: ${STATUS[$rt]} in $(fmt_time "${SECS[$rt]}")"
    fi
done

# ---------------------------------------------------------------- report
cell() {   # cell <runtime> <label>
    local k=$1:$2
    [[ -n ${CELL_T[$k]:-} ]] || { printf -- '-'; return; }
    local s="${CELL_P[$k]}/${CELL_F[$k]}"
    ((CELL_S[$k] > 0)) && s+=" (${CELL_S[$k]} skip)"
    ((CELL_F[$k] > 0)) && s+=" FAIL"
    printf '%s' "$s"
}

cols=("${LABELS[@]}")
((HAVE_OTHER)) && cols+=(other)

echo
echo "== pythonc runtime matrix (cells: passed/failed (skipped)) =="
hdr=$(printf '%-8s %-9s %-6s' runtime python build)
for c in "${cols[@]}"; do hdr+=$(printf ' %-16s' "$c"); done
hdr+=$(printf ' %-7s %s' time result)
echo "$hdr"
any_fail=0
any_skip=0
ran=0
for rt in "${RUNTIMES[@]}"; do
    if [[ ${STATUS[$rt]} == skip ]]; then
        any_skip=1
        printf '%-8s %s\n' "$rt" "skipped (${REASON[$rt]})"
        continue
    fi
    ran=1
    row=$(printf '%-8s %-9s %-6s' "$rt" "${PYVER[$rt]}" "${BUILD[$rt]}")
    for c in "${cols[@]}"; do row+=$(printf ' %-16s' "$(cell "$rt" "$c")"); done
    res=PASS
    [[ ${STATUS[$rt]} == fail ]] && { res=FAIL; any_fail=1; }
    row+=$(printf ' %-7s %s' "$(fmt_time "${SECS[$rt]}")" "$res")
    echo "$row"
done
echo "total wall time: $(fmt_time $((SECONDS - MATRIX_T0)))   logs: $LOGS"

status=0
((any_fail)) && status=1
if ((any_skip && REQUIRE_ALL)); then
    echo "--require-all: a runtime was skipped"
    status=1
fi
if ((!ran)); then
    echo "no runtime could run"
    status=1
fi
echo
echo "$TOTAL_PASSED passed, $TOTAL_FAILED failed"
exit "$status"
