"""pythonc's benchmark: start-up and import cost against the platform python3 and the floor.

Run it through ``bench/run.sh`` (which checks the tools first); see ``bench/run.sh --help``.

For each (workload, interpreter) cell it measures:

* instructions executed (total Ir from ``valgrind --tool=callgrind``): exact and repeatable,
  since every process gets ``PYTHONHASHSEED=0`` (under ``-I`` the variable is ignored, so those
  cells take the median of three runs);
* wall time (``hyperfine``) and peak RSS (``/usr/bin/time``, median of several runs).

Every measured process gets a scrubbed environment and an empty scratch directory as its working
directory. Everything generated (callgrind profiles, the scratch directory, the copy of the
naive sitecustomize) goes to ``<build>/bench/``; the only file written to the source tree is the
report, ``docs/performance.md``. The report never contains absolute paths of this machine.
"""

import argparse
import concurrent.futures
import datetime
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
PLATFORM_PYTHON = "/usr/bin/python3"

# --------------------------------------------------------------------------------------------
# Workloads and interpreters

HEAVY_SHIMMED = ("import asyncio, inspect, unittest, collections, configparser, json, "
                 "xml.etree.ElementTree, email, http.client, logging, argparse")
HEAVY_PLAIN = ("import decimal, fractions, statistics, csv, sqlite3, zipfile, tarfile, shutil, "
               "tempfile, textwrap, difflib, pprint, string, datetime, calendar, heapq, bisect, "
               "typing, dataclasses")

# id -> (label, display name)
INTERPRETERS = {
    "pythonc": "pythonc",
    "compat": "pythonc --compat 3.6",
    "python3": "python3 (platform)",
    "floor": "floor",
    "naive": "python3 + naive sitecustomize",
}
CORE = ("pythonc", "compat", "python3", "floor")

# A workload: id, title, arguments after the interpreter (and its --compat option), the
# interpreters it runs on, and an optional note.
WORKLOADS = [
    dict(id="pass", title="start-up: `-c pass`", args=["-c", "pass"],
         on=CORE + ("naive",)),
    dict(id="isolated", title="isolated start-up: `-I -S -c pass`",
         args=["-I", "-S", "-c", "pass"], on=CORE),
    dict(id="heavy-shimmed", title="heavy import, modules with shims",
         args=["-c", HEAVY_SHIMMED], on=CORE + ("naive",)),
    dict(id="heavy-plain", title="heavy import, modules without shims",
         args=["-c", HEAVY_PLAIN], on=CORE),
    dict(id="mapping-modern", title="100000 × `collections.abc.Mapping`",
         args=["-W", "ignore", "-c",
               "import collections.abc\n"
               "for _ in range(100000): collections.abc.Mapping"],
         on=CORE),
    dict(id="mapping-restored", title="100000 × `collections.Mapping` (restored)",
         args=["-W", "ignore", "-c",
               "import collections\n"
               "for _ in range(100000): collections.Mapping"],
         on=("compat", "naive")),
    dict(id="argspec-modern", title="10000 × `inspect.getfullargspec(f)`",
         args=["-W", "ignore", "-c",
               "import inspect\n"
               "def f(a, b=1, *c, **d): pass\n"
               "for _ in range(10000): inspect.getfullargspec(f)"],
         on=CORE),
    dict(id="argspec-restored", title="10000 × `inspect.getargspec(f)` (restored)",
         args=["-W", "ignore", "-c",
               "import inspect\n"
               "def f(a, b=1, *c, **d): pass\n"
               "for _ in range(10000): inspect.getargspec(f)"],
         on=("compat", "naive")),
    dict(id="open-modern", title="10000 × `open(f, \"r\").read()`",
         args=["-W", "ignore", "-c",
               "for _ in range(10000):\n"
               "    with open(\"data.txt\", \"r\") as f: f.read()"],
         on=CORE),
    dict(id="open-restored", title="10000 × `open(f, \"rU\").read()` (restored)",
         args=["-W", "ignore", "-c",
               "for _ in range(10000):\n"
               "    with open(\"data.txt\", \"rU\") as f: f.read()"],
         on=("compat", "naive")),
]
WL = {w["id"]: w for w in WORKLOADS}

# (workload, restored-side workload) pairs for the "restored API vs modern" table
LOOP_PAIRS = [("mapping-modern", "mapping-restored"),
              ("argspec-modern", "argspec-restored"),
              ("open-modern", "open-restored")]


# --------------------------------------------------------------------------------------------
# Helpers

def log(*args):
    print("[bench]", *args, file=sys.stderr, flush=True)


def run(cmd, **kwargs):
    return subprocess.run(cmd, check=True, **kwargs)


def capture(cmd, **kwargs):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=False,
                              **kwargs).stdout.strip()
    except OSError:
        return ""


class Bench:
    def __init__(self, opts):
        self.opts = opts
        self.build = os.path.abspath(opts.build)
        self.out = os.path.join(self.build, "bench")
        self.work = os.path.join(self.out, "work")
        self.profiles = os.path.join(self.out, "callgrind")
        self.naive_dir = os.path.join(self.out, "naive")
        self.results = {}      # (workload, interp) -> dict(ir=, wall=, wall_sd=, rss=, error=)
        self.pythonc = None
        self.floor = None

    # ---- paths in the report ----------------------------------------------------------------

    def sanitize(self, text):
        """Remove every absolute path of this machine from text meant for the report."""
        repl = [
            (self.work, "<scratch>"),
            (self.profiles, "<build>/bench/callgrind"),
            (self.naive_dir, "bench/naive"),
            (self.build, "<build>"),
            (ROOT, "."),
            (os.path.expanduser("~"), "~"),
        ]
        for path, name in sorted(repl, key=lambda p: -len(p[0])):
            if path and path != "/":
                text = text.replace(path, name)
        return text

    def display_path(self, path):
        path = os.path.abspath(path)
        if path == ROOT or path.startswith(ROOT + os.sep):
            return os.path.relpath(path, ROOT)
        if path == self.build:
            return "<build>"
        if path.startswith(self.build + os.sep):
            return "<build>/" + os.path.relpath(path, self.build)
        return "<" + os.path.basename(path) + ">"

    # ---- build ----------------------------------------------------------------------------

    def cache_value(self, key):
        try:
            with open(os.path.join(self.build, "CMakeCache.txt")) as f:
                for line in f:
                    if line.startswith(key + ":"):
                        return line.split("=", 1)[1].strip()
        except OSError:
            pass
        return None

    def prepare_build(self):
        if self.opts.pythonc and self.opts.floor:     # nothing to build
            self.pythonc = os.path.abspath(self.opts.pythonc)
            self.floor = os.path.abspath(self.opts.floor)
            os.makedirs(self.build, exist_ok=True)
            return
        cache = os.path.join(self.build, "CMakeCache.txt")
        if not os.path.exists(cache):
            log("configuring", self.build)
            run(["cmake", "-S", ROOT, "-B", self.build,
                 "-DPython3_EXECUTABLE=" + PLATFORM_PYTHON,
                 "-DCMAKE_BUILD_TYPE=RelWithDebInfo", "-DPYTHONC_TESTS=OFF"])
        python = self.cache_value("Python3_EXECUTABLE")
        if python and os.path.realpath(python) != os.path.realpath(PLATFORM_PYTHON):
            sys.exit("bench: %s was configured with Python3_EXECUTABLE=%s, not %s; "
                     "use another --build directory"
                     % (self.display_path(self.build), python, PLATFORM_PYTHON))
        build_type = self.cache_value("CMAKE_BUILD_TYPE") or ""
        if build_type not in ("Release", "RelWithDebInfo", "MinSizeRel"):
            sys.exit("bench: %s has CMAKE_BUILD_TYPE=%s; measure an optimised build "
                     "(RelWithDebInfo or Release), e.g. with another --build directory"
                     % (self.display_path(self.build), build_type or "(empty)"))
        if (self.cache_value("PYTHONC_SANITIZE") or "OFF").upper() in ("ON", "1", "TRUE", "YES"):
            sys.exit("bench: %s is built with sanitizers; use another --build directory"
                     % self.display_path(self.build))
        targets = []
        if not self.opts.pythonc:
            targets.append("pythonc")
        if not self.opts.floor:
            targets.append("pythonc-floor")
        if targets:
            log("building", " ".join(targets))
            run(["cmake", "--build", self.build, "-j", str(os.cpu_count() or 1),
                 "--target"] + targets)
        self.pythonc = os.path.abspath(self.opts.pythonc or self.find_binary("pythonc"))
        self.floor = os.path.abspath(self.opts.floor or self.find_binary("pythonc-floor"))

    def find_binary(self, name):
        for sub in ("", "bench", "launcher", "bin"):
            path = os.path.join(self.build, sub, name)
            if os.path.isfile(path) and os.access(path, os.X_OK):
                return path
        for dirpath, _dirs, files in os.walk(self.build):
            if name in files:
                path = os.path.join(dirpath, name)
                if os.access(path, os.X_OK):
                    return path
        sys.exit("bench: no %s in %s" % (name, self.display_path(self.build)))

    # ---- the measured processes ---------------------------------------------------------------

    def prepare_scratch(self):
        for d in (self.work, self.profiles):
            shutil.rmtree(d, ignore_errors=True)
            os.makedirs(d)
        shutil.rmtree(self.naive_dir, ignore_errors=True)
        os.makedirs(self.naive_dir)
        # a copy, so that its __pycache__ goes to the build tree, not to the source tree
        shutil.copy(os.path.join(BENCH, "naive", "sitecustomize.py"), self.naive_dir)
        with open(os.path.join(self.work, "data.txt"), "w") as f:
            f.write("line one\r\nline two\rline three\n" * 20)
        os.makedirs(os.path.join(self.work, "home"))

    def env(self, interp):
        env = {
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": os.path.join(self.work, "home"),   # no user site-packages
            "LANG": "C.UTF-8",
            "PYTHONHASHSEED": "0",
        }
        if interp == "naive":
            env["PYTHONPATH"] = self.naive_dir
        return env

    def argv(self, interp, workload):
        if interp in ("pythonc", "compat"):
            base = [self.pythonc] + (["--compat", "3.6"] if interp == "compat" else [])
        elif interp == "floor":
            base = [self.floor]
        else:
            base = [PLATFORM_PYTHON]
        return base + WL[workload]["args"]

    def shown_command(self, interp, workload):
        """The command as the report shows it (no absolute paths)."""
        names = {"pythonc": ["pythonc"], "compat": ["pythonc", "--compat", "3.6"],
                 "floor": ["pythonc-floor"], "python3": ["python3"],
                 "naive": ["PYTHONPATH=bench/naive", "python3"]}
        return " ".join(names[interp] + [shlex.quote(a) for a in WL[workload]["args"]])

    def call(self, cmd, interp, **kwargs):
        return subprocess.run(cmd, env=self.env(interp), cwd=self.work, **kwargs)

    def shim_files(self, workload):
        """(file, marshalled size) of the shim files `pythonc --compat 3.6` loads for
        workload (its code, then a look at the engine's table of loaded files)."""
        args = list(WL[workload]["args"])
        args[-1] += ("\nimport sys, marshal, _compat\n"
                     "e = sys.modules.get('_compat_engine')\n"
                     "for n in sorted(getattr(e, '_files', {}) or ()):\n"
                     "    print(n, len(marshal.dumps(_compat._code(n))))\n")
        res = self.call([self.pythonc, "--compat", "3.6"] + args, "compat",
                        capture_output=True, text=True)
        rows = []
        for line in res.stdout.splitlines():
            name, _, size = line.rpartition(" ")
            if name and size.isdigit():
                rows.append((name, int(size)))
        return rows

    def intern_headroom(self, workload):
        """(strings, KiB): how many new interned strings the workload, run by pythonc without
        compatibility, takes before its RSS jumps by more than 256 KiB at once, and that jump."""
        args = list(WL[workload]["args"])
        args[-1] += ("\nimport sys\n"
                     "def rss():\n"
                     "    for l in open('/proc/self/status'):\n"
                     "        if l.startswith('VmRSS'): return int(l.split()[1])\n"
                     "keep, last = [], rss()\n"
                     "for i in range(400):\n"
                     "    keep += [sys.intern('pythonc_%d_%d' % (i, j)) for j in range(250)]\n"
                     "    now = rss()\n"
                     "    if now - last > 256:\n"
                     "        print((i + 1) * 250, now - last); break\n"
                     "    last = now\n")
        res = self.call([self.pythonc] + args, "pythonc", capture_output=True, text=True)
        parts = res.stdout.split()
        return (int(parts[0]), int(parts[1])) if len(parts) == 2 else None

    # ---- measurements -----------------------------------------------------------------------

    def callgrind(self, interp, workload):
        isolated = "-I" in WL[workload]["args"]
        repeats = 1 if (self.opts.quick or not isolated) else 3
        counts = []
        for i in range(repeats):
            prof = os.path.join(self.profiles, "%s.%s.out" % (workload, interp))
            logf = os.path.join(self.profiles, "%s.%s.log" % (workload, interp))
            self.call(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + prof,
                       "--log-file=" + logf] + self.argv(interp, workload), interp,
                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            with open(logf) as f:
                m = re.search(r"Collected\s*:\s*(\d+)", f.read())
            if not m:
                raise RuntimeError("no callgrind summary for %s %s" % (interp, workload))
            counts.append(int(m.group(1)))
        return int(statistics.median(counts))

    def rss_samples(self):
        return 3

    def peak_rss(self, interp, workload):
        values = []
        outf = os.path.join(self.out, "time.txt")
        for _ in range(self.rss_samples()):
            self.call(["/usr/bin/time", "-v", "-o", outf] + self.argv(interp, workload), interp,
                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            with open(outf) as f:
                m = re.search(r"Maximum resident set size \(kbytes\):\s*(\d+)", f.read())
            values.append(int(m.group(1)))
        return int(statistics.median(values))

    def wall(self, interp, workload, runs):
        """hyperfine's individual run times (seconds)."""
        outf = os.path.join(self.out, "hyperfine.json")
        p = self.call(["hyperfine", "-N", "--style", "none", "--warmup", "3",
                       "--runs", str(runs), "--export-json", outf,
                       shlex.join(self.argv(interp, workload))], interp,
                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if p.returncode != 0:
            raise RuntimeError("hyperfine failed: " + self.sanitize(p.stderr))
        with open(outf) as f:
            return json.load(f)["results"][0]["times"]

    def measure_all(self):
        cells = [(w["id"], i) for w in WORKLOADS for i in w["on"]]
        started = time.monotonic()
        self.phases = []

        def phase(name, t0):
            self.phases.append((name, time.monotonic() - t0))
            log("%s: %.0f s" % (name, self.phases[-1][1]))

        # 1. every command once: it must succeed (and stdlib .pyc files are in place after it)
        t0 = time.monotonic()
        for workload, interp in cells:
            res = self.results[(workload, interp)] = {}
            probe = self.call(self.argv(interp, workload), interp, capture_output=True, text=True)
            if probe.returncode != 0:
                err = probe.stderr.strip().splitlines()[-3:]
                res["error"] = self.sanitize("exit %d: %s" % (probe.returncode, " / ".join(err)))
                log("FAILED: %s: %s: %s" % (workload, INTERPRETERS[interp], res["error"]))
        ok = [c for c in cells if "error" not in self.results[c]]
        phase("check runs", t0)

        # 2. instruction counts: independent of load, so one callgrind per CPU
        t0 = time.monotonic()
        jobs = max(1, min(self.opts.jobs, len(ok)))
        log("callgrind: %d commands, %d at a time" % (len(ok), jobs))
        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            futures = {pool.submit(self.callgrind, c[1], c[0]): c for c in ok}
            for fut in concurrent.futures.as_completed(futures):
                c = futures[fut]
                self.results[c]["ir"] = fut.result()
                log("   Ir %15s  %s: %s" % (format(self.results[c]["ir"], ","), c[0],
                                           INTERPRETERS[c[1]]))
        phase("callgrind", t0)

        # 3. peak RSS, one process at a time
        t0 = time.monotonic()
        for c in ok:
            self.results[c]["rss"] = self.peak_rss(c[1], c[0])
        phase("peak RSS", t0)

        # 4. wall time in rounds over all the cells, so that background load on the machine
        # is spread over every cell instead of hitting a few
        t0 = time.monotonic()
        rounds = self.opts.rounds
        per_round = max(2, -(-self.opts.runs // rounds))
        times = {c: [] for c in ok}
        for r in range(rounds):
            log("wall time, round %d/%d (%d commands x %d runs)"
                % (r + 1, rounds, len(ok), per_round))
            for c in ok:
                times[c] += self.wall(c[1], c[0], per_round)
        for c in ok:
            t = times[c]
            res = self.results[c]
            res["wall"] = statistics.mean(t)
            res["wall_sd"] = statistics.stdev(t) if len(t) > 1 else 0.0
            res["wall_min"] = min(t)
            res["wall_n"] = len(t)
        phase("wall time", t0)
        self.elapsed = time.monotonic() - started

    # ---- diagnostics for missed targets -------------------------------------------------------

    def self_costs(self, workload, interp):
        """Self Ir per function (recursion suffixes and directories removed)."""
        prof = os.path.join(self.profiles, "%s.%s.out" % (workload, interp))
        text = capture(["callgrind_annotate", "--inclusive=no", "--threshold=100", "--auto=no",
                                prof])
        costs = {}
        for line in text.splitlines():
            m = re.match(r"\s*([\d,]+)\s+\([\s\d.]+%\)\s+(\S+)", line)
            if not m or m.group(2) == "PROGRAM":
                continue
            name = m.group(2)
            file, _, func = name.rpartition(":")
            func = re.sub(r"'\d+$", "", func)
            file = os.path.basename(file) if file not in ("", "???") else ""
            key = (file + ":" if file else "") + func
            costs[key] = costs.get(key, 0) + int(m.group(1).replace(",", ""))
        return costs

    def own_functions(self, workload, interp):
        """Inclusive Ir of pythonc's own C functions (files of the source or build tree)."""
        prof = os.path.join(self.profiles, "%s.%s.out" % (workload, interp))
        text = capture(["callgrind_annotate", "--inclusive=yes", "--threshold=100", "--auto=no",
                        prof])
        rows = []
        for line in text.splitlines():
            m = re.match(r"\s*([\d,]+)\s+\([\s\d.]+%\)\s+(\S+):(\S+)", line)
            if not m or "'" in m.group(3):
                continue
            file = m.group(2)
            for tree in (ROOT, self.build):
                if file.startswith(tree + os.sep):
                    rows.append((os.path.relpath(file, tree) + ":" + m.group(3),
                                 int(m.group(1).replace(",", ""))))
                    break
        rows.sort(key=lambda r: -r[1])
        return rows

    def extra_modules(self, workload, interp, base="floor"):
        code = None
        args = WL[workload]["args"]
        if args[-2] == "-c":
            code = args[-1] + "\nimport sys as _s; print(' '.join(sorted(_s.modules)))"
        if code is None:
            return None
        seen = {}
        for who in (interp, base):
            argv = self.argv(who, workload)[:-1] + [code]
            p = self.call(argv, who, capture_output=True, text=True)
            seen[who] = set(p.stdout.split()) if p.returncode == 0 else set()
        return sorted(seen[interp] - seen[base] - {"_s"})

    def hotspots(self, workload, interp, base, base_workload=None):
        a = self.self_costs(workload, interp)
        b = self.self_costs(base_workload or workload, base)
        diff = {k: a.get(k, 0) - b.get(k, 0) for k in set(a) | set(b)}
        top = sorted(diff.items(), key=lambda kv: -kv[1])
        return [(k, v, k not in b) for k, v in top[:15] if v > 0]

    # ---- the report ---------------------------------------------------------------------------

    def machine(self):
        cpu = "unknown"
        try:
            with open("/proc/cpuinfo") as f:
                for line in f:
                    if line.startswith("model name"):
                        cpu = line.split(":", 1)[1].strip()
                        break
        except OSError:
            pass
        distro = "unknown"
        try:
            with open("/etc/os-release") as f:
                for line in f:
                    if line.startswith("PRETTY_NAME="):
                        distro = line.split("=", 1)[1].strip().strip('"')
        except OSError:
            pass
        pyver = capture([PLATFORM_PYTHON, "-c", "import sys; print(sys.version.replace('\\n', ' '))"])
        static = "statically linked libpython" if "libpython" not in capture(
            ["ldd", PLATFORM_PYTHON]) else "shared libpython"
        pth = capture([PLATFORM_PYTHON, "-c",
                       "import glob, os, site\n"
                       "for d in site.getsitepackages():\n"
                       "    for p in sorted(glob.glob(os.path.join(d, '*.pth'))):\n"
                       "        print(os.path.basename(p))"], env=self.env("python3"))
        commit = capture(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"]) or "no commit yet"
        if commit != "no commit yet" and capture(["git", "-C", ROOT, "status", "--porcelain"]):
            commit += " + uncommitted changes"
        return [
            ("CPUs (nproc)", str(os.cpu_count())),
            ("CPU model", cpu),
            ("kernel", platform.release()),
            ("distribution", distro),
            ("python3", "%s (`/usr/bin/python3`, %s)" % (pyver, static)),
            ("valgrind", capture(["valgrind", "--version"])),
            ("hyperfine", capture(["hyperfine", "--version"])),
            ("compiler", (capture(["cc", "--version"]).splitlines() or ["?"])[0]),
            ("pythonc build type", self.cache_value("CMAKE_BUILD_TYPE") or "—"),
            (".pth files in site-packages (one per file; run at every start-up without -S)",
             ", ".join("`%s`" % p for p in pth.split()) or "none"),
            ("libpython link mode (pythonc and floor)", self.cache_value("PYTHONC_LINK_MODE") or "—"),
            ("pythonc source", commit),
        ]

    def write_report(self, argv):
        R = self.results
        L = []
        add = L.append

        def ir(w, i):
            return R.get((w, i), {}).get("ir")

        def fmt_ir(v):
            return format(v, ",") if v is not None else "—"

        def ratio(a, b):
            return a / b if a is not None and b else None

        def fmt_ratio(r):
            return "%.4f (%+.2f%%)" % (r, (r - 1) * 100) if r is not None else "—"

        add("# pythonc performance")
        add("")
        add("Generated by `bench/run.sh`; do not edit by hand. Produced by:")
        add("")
        add("```")
        add(" ".join(["bench/run.sh"] + [self.sanitize_arg(a) for a in argv]))
        add("```")
        add("")
        add("Run on %s UTC; the measurements took %.0f s (%s)."
            % (datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M"),
               self.elapsed, ", ".join("%s %.0f s" % p for p in self.phases)))
        add("")
        add("## Machine")
        add("")
        add("| | |")
        add("| --- | --- |")
        for k, v in self.machine():
            add("| %s | %s |" % (k, v))
        add("")
        add("## Method")
        add("")
        add("Four interpreters, all using the same libpython:")
        add("")
        add("- **pythonc**: the launcher without any compatibility request;")
        add("- **pythonc --compat 3.6**: the same, compatibility version 3.6 (shims active);")
        add("- **python3**: the platform interpreter, `/usr/bin/python3`;")
        add("- **floor**: `bench/floor.c`, a `main` that is only `return Py_BytesMain(argc, "
            "argv);`, linked to libpython by `pythonc_link_python()` exactly like pythonc: "
            "the least an embedding program can cost. pythonc's overhead is measured against it.")
        add("")
        add("and a baseline: **python3 + naive sitecustomize**, the platform python3 with "
            "`PYTHONPATH=bench/naive`, whose `sitecustomize.py` eagerly imports collections, "
            "inspect, asyncio, unittest, io, builtins and monkeypatches the removed APIs "
            "(what a user might write instead of pythonc).")
        add("")
        add("- **Ir**: instructions executed, total from `valgrind --tool=callgrind` (one run; "
            "every process gets `PYTHONHASHSEED=0`, which makes the count exact and repeatable; "
            "`-I` ignores that variable, so `-I` rows are the median of %s)."
            % ("1 run in --quick mode" if self.opts.quick else "3 runs"))
        per_round = max(2, -(-self.opts.runs // self.opts.rounds))
        add("- **wall**: `hyperfine -N --warmup 3 --runs %d`, called %d time(s) per cell in "
            "rounds over all the cells (so that background load is spread evenly); mean ± "
            "standard deviation and minimum of the %d runs. Wall time is noisy on a shared "
            "machine: the targets are judged on Ir."
            % (per_round, self.opts.rounds, per_round * self.opts.rounds))
        add("- **peak RSS**: `/usr/bin/time -v`, maximum resident set size, median of %d runs. "
            "It counts the pages of the binary a process has mapped, not only its heap: the "
            "kernel maps up to 64 KiB around each page fault in a file, so reading a few "
            "shim files out of the binary used to leave about 800 KiB of neighbouring shim "
            "code resident. pythonc unmaps its frozen shim image again after each read "
            "(`launcher/frozen_image.c`)." % self.rss_samples())
        add("- Every process runs with a scrubbed environment (`PATH`, `LANG=C.UTF-8`, a "
            "scratch `HOME`, `PYTHONHASHSEED=0`) in an empty scratch directory. The loop "
            "workloads run with `-W ignore`; their restored side runs only under "
            "`pythonc --compat 3.6` and the naive baseline (the platform 3.11 no longer has "
            "those APIs).")
        add("- Without `-S`, every interpreter also runs the `.pth` files listed under *Machine*: "
            "the same cost for all of them, which dilutes the ratios of the other workloads; "
            "`-I -S -c pass` is the start-up without them.")
        add("")

        # ---- targets
        targets = self.targets()
        add("## Targets")
        add("")
        add("| target | measured | limit | result |")
        add("| --- | --- | --- | --- |")
        for t in targets:
            add("| %s | %s | %s | %s |" % (t["what"], t["shown"], t["limit"],
                                          {True: "met", False: "**missed**",
                                           None: "not measured"}[t["ok"]]))
        add("")

        # ---- raw numbers
        add("## Raw numbers")
        add("")
        for w in WORKLOADS:
            add("### %s" % w["title"])
            add("")
            add("```")
            add("<interpreter> " + " ".join(shlex.quote(a) for a in w["args"]))
            add("```")
            add("")
            add("| interpreter | Ir | wall, mean ± σ (ms) | wall, min (ms) | peak RSS (KiB) |")
            add("| --- | ---: | ---: | ---: | ---: |")
            for i in w["on"]:
                res = R.get((w["id"], i), {})
                if "error" in res:
                    add("| %s | failed: %s | | | |" % (INTERPRETERS[i],
                                                    res["error"].replace("|", "\\|")))
                    continue
                wall = ("%.2f ± %.2f" % (res["wall"] * 1e3, res["wall_sd"] * 1e3)
                        if "wall" in res else "—")
                wmin = "%.2f" % (res["wall_min"] * 1e3) if "wall_min" in res else "—"
                add("| %s | %s | %s | %s | %s |" % (INTERPRETERS[i], fmt_ir(res.get("ir")),
                                                   wall, wmin, res.get("rss", "—")))
            add("")

        # ---- ratios
        add("## Ratios (Ir)")
        add("")
        add("| workload | pythonc / floor | pythonc --compat 3.6 / floor | pythonc / python3 "
            "| python3 / floor |")
        add("| --- | ---: | ---: | ---: | ---: |")
        for w in WORKLOADS:
            if "floor" not in w["on"]:
                continue
            f = ir(w["id"], "floor")
            add("| %s | %s | %s | %s | %s |" % (
                w["id"], fmt_ratio(ratio(ir(w["id"], "pythonc"), f)),
                fmt_ratio(ratio(ir(w["id"], "compat"), f)),
                fmt_ratio(ratio(ir(w["id"], "pythonc"), ir(w["id"], "python3"))),
                fmt_ratio(ratio(ir(w["id"], "python3"), f))))
        add("")
        p3 = ratio(ir("pass", "python3"), ir("pass", "floor"))
        if p3 is not None and p3 < 0.98:
            add("The platform python3 executes fewer instructions than the floor although both "
                "run the same CPython: `/usr/bin/python3` is built and optimised as a whole "
                "program, while an embedding program links the installation's "
                "`libpython3.X.a`, compiled separately (Debian's carries no LTO bytecode). "
                "The *pythonc / python3* column includes this difference, which no embedding "
                "program avoids; pythonc's own cost is *pythonc / floor*.")
            add("")
        add("Compatibility and the naive baseline:")
        add("")
        add("| comparison | Ir ratio | wall ratio (of the minima) |")
        add("| --- | ---: | ---: |")

        def wall_ratio(a, b):
            ra, rb = R.get(a, {}), R.get(b, {})
            return ratio(ra.get("wall_min"), rb.get("wall_min"))

        def both(label, a, b):
            add("| %s | %s | %s |" % (label, fmt_ratio(ratio(R.get(a, {}).get("ir"),
                                                             R.get(b, {}).get("ir"))),
                                      fmt_ratio(wall_ratio(a, b))))

        both("heavy import (shimmed modules): `--compat 3.6` / no compat",
             ("heavy-shimmed", "compat"), ("heavy-shimmed", "pythonc"))
        both("heavy import (other modules): `--compat 3.6` / no compat",
             ("heavy-plain", "compat"), ("heavy-plain", "pythonc"))
        both("`-c pass`: naive / pythonc --compat 3.6",
             ("pass", "naive"), ("pass", "compat"))
        both("heavy import (shimmed modules): naive / pythonc --compat 3.6",
             ("heavy-shimmed", "naive"), ("heavy-shimmed", "compat"))
        both("`-c pass`: naive / python3", ("pass", "naive"), ("pass", "python3"))
        for modern, restored in LOOP_PAIRS:
            both("%s under `--compat 3.6` / %s under pythonc" % (restored, modern),
                 (restored, "compat"), (modern, "pythonc"))
            both("%s / %s, both under `--compat 3.6`" % (restored, modern),
                 (restored, "compat"), (modern, "compat"))
            both("%s: naive / pythonc --compat 3.6" % restored,
                 (restored, "naive"), (restored, "compat"))
            both("%s: `--compat 3.6` / no compat" % modern,
                 (modern, "compat"), (modern, "pythonc"))
        add("")

        # ---- peak memory differences
        add("## Peak RSS above the floor (KiB)")
        add("")
        add("| workload | pythonc | pythonc --compat 3.6 | python3 |")
        add("| --- | ---: | ---: | ---: |")
        for w in WORKLOADS:
            if "floor" not in w["on"]:
                continue
            f = R.get((w["id"], "floor"), {}).get("rss")
            cells = []
            for i in ("pythonc", "compat", "python3"):
                v = R.get((w["id"], i), {}).get("rss")
                cells.append("%+d" % (v - f) if v is not None and f is not None else "—")
            add("| %s | %s |" % (w["id"], " | ".join(cells)))
        add("")

        # ---- hotspots
        missed = [t for t in targets if t["ok"] is False and t.get("profile")]
        add("## Where the missed targets go")
        add("")
        if not missed:
            add("No instruction-count target was missed.")
            add("")
        for t in [t for t in targets if t["ok"] is False and t.get("rss")]:
            workload, interp = t["rss"]
            if interp != "compat":
                continue
            add("### %s" % t["what"])
            add("")
            add("Under compatibility the Python half of the engine starts at the first import "
                "of a module some shim targets, and the shim file of every such module is "
                "loaded (unmarshalled and run) when that module is imported. The shim files "
                "this workload loads, with their marshalled size:")
            add("")
            add("| shim file | marshalled bytes |")
            add("| --- | ---: |")
            files = self.shim_files(workload)
            for name, size in files:
                add("| `%s` | %s |" % (name, format(size, ",")))
            add("| total (%d files) | %s |" % (len(files), format(sum(v for _, v in files), ",")))
            add("")
            headroom = self.intern_headroom(workload)
            if headroom is not None:
                add("Their identifiers join CPython's table of interned strings, which grows in "
                    "steps: after the same workload without compatibility, interning %s more "
                    "strings (in batches of 250) made peak RSS jump by %s KiB at once. A run "
                    "that crosses such a step pays it whole."
                    % (format(headroom[0], ","), format(headroom[1], ",")))
                add("")
        for t in missed:
            workload, interp, base = t["profile"]
            add("### %s" % t["what"])
            add("")
            add("Functions with the largest self-Ir difference, %s minus %s (`%s`; "
                "*new* = not executed at all by %s):"
                % (INTERPRETERS[interp], INTERPRETERS[base], workload, INTERPRETERS[base]))
            add("")
            add("| function | extra Ir | |")
            add("| --- | ---: | --- |")
            for name, v, new in self.hotspots(workload, interp, base):
                add("| `%s` | %s | %s |" % (self.sanitize(name), format(v, ","),
                                           "new" if new else ""))
            add("")
            if interp in ("pythonc", "compat"):
                own = self.own_functions(workload, interp)
                if own:
                    total = R[(workload, interp)]["ir"]
                    add("pythonc's own C functions, inclusive Ir (`main` and `pythonc_main` "
                        "include all of CPython's run):")
                    add("")
                    add("| function | inclusive Ir | share |")
                    add("| --- | ---: | ---: |")
                    for name, v in own[:12]:
                        add("| `%s` | %s | %.1f%% |" % (self.sanitize(name), format(v, ","),
                                                       100.0 * v / total))
                    add("")
            mods = self.extra_modules(workload, interp, base)
            if mods is not None:
                shown = ", ".join("`%s`" % m for m in mods[:60])
                if len(mods) > 60:
                    shown += ", ... (%d in all)" % len(mods)
                add("Modules in `sys.modules` at the end of the run that %s does not have: %s"
                    % (INTERPRETERS[base], shown or "none"))
                add("")
        # ---- other large differences (no target, but worth a look)
        notable = []    # (workload, interpreter, base workload, base interpreter)
        for modern, restored in LOOP_PAIRS:
            notable.append((modern, "compat", modern, "pythonc"))
            notable.append((restored, "compat", modern, "compat"))
        notable = [n for n in notable
                   if (ratio(ir(n[0], n[1]), ir(n[2], n[3])) or 0) > 1.05]
        if notable:
            add("## Other differences above 5%")
            add("")
            add("No target covers these; the functions with the largest self-Ir difference:")
            add("")
        for workload, interp, bworkload, base in notable:
            add("### `%s` under %s vs `%s` under %s: %s"
                % (workload, INTERPRETERS[interp], bworkload, INTERPRETERS[base],
                   fmt_ratio(ratio(ir(workload, interp), ir(bworkload, base)))))
            add("")
            add("| function | extra self Ir | |")
            add("| --- | ---: | --- |")
            for name, v, new in self.hotspots(workload, interp, base, bworkload)[:10]:
                add("| `%s` | %s | %s |" % (self.sanitize(name), format(v, ","),
                                           "new" if new else ""))
            add("")
        add("Profiles: `<build>/bench/callgrind/<workload>.<interpreter>.out` "
            "(`callgrind_annotate` them).")
        add("")
        text = self.sanitize("\n".join(L))
        bad = [p for p in (ROOT, self.build, os.path.expanduser("~"), os.getcwd(),
                           platform.node()) if p and len(p) > 1 and p in text]
        if bad:
            sys.exit("bench: the report would contain machine paths (%d); not written" % len(bad))
        with open(self.opts.output, "w") as f:
            f.write(text)
        log("wrote", self.display_path(self.opts.output))
        return targets

    def sanitize_arg(self, arg):
        if os.path.isabs(arg) or os.path.exists(arg):
            return self.display_path(arg)
        return shlex.quote(arg)

    def targets(self):
        R = self.results
        out = []

        def ir_target(what, a, b, limit, profile=None):
            va, vb = R.get(a, {}).get("ir"), R.get(b, {}).get("ir")
            if va is None or vb is None:
                out.append(dict(what=what, shown="—", limit="≤ %+.0f%%" % (limit * 100),
                                ok=None))
                return
            r = va / vb
            out.append(dict(what=what, shown="%+.2f%% (%s vs %s Ir)"
                            % ((r - 1) * 100, format(va, ","), format(vb, ",")),
                            limit="≤ %+.0f%%" % (limit * 100), ok=r <= 1 + limit,
                            profile=profile))

        def rss_target(what, a, b, limit_kib=1024):
            va, vb = R.get(a, {}).get("rss"), R.get(b, {}).get("rss")
            if va is None or vb is None:
                out.append(dict(what=what, shown="—", limit="≤ +1 MiB", ok=None))
                return
            out.append(dict(what=what, shown="%+d KiB (%d vs %d)" % (va - vb, va, vb),
                            limit="≤ +1 MiB", ok=va - vb <= limit_kib, rss=a))

        for w in ("pass", "isolated", "heavy-plain", "heavy-shimmed"):
            ir_target("Ir, pythonc vs floor, `%s`" % w, (w, "pythonc"), (w, "floor"), 0.01,
                      (w, "pythonc", "floor"))
        for w in ("pass", "isolated"):
            ir_target("Ir, pythonc --compat 3.6 vs floor, `%s` (start-up)" % w,
                      (w, "compat"), (w, "floor"), 0.03, (w, "compat", "floor"))
        ir_target("Ir, heavy import (shimmed modules), `--compat 3.6` vs no compat",
                  ("heavy-shimmed", "compat"), ("heavy-shimmed", "pythonc"), 0.05,
                  ("heavy-shimmed", "compat", "pythonc"))
        for w in ("pass", "heavy-shimmed"):
            for i in ("pythonc", "compat"):
                rss_target("peak RSS, %s vs floor, `%s`" % (INTERPRETERS[i], w),
                           (w, i), (w, "floor"))
        return out


def main(argv):
    p = argparse.ArgumentParser(prog="bench/run.sh", description=__doc__.split("\n\n")[0])
    p.add_argument("--build", default=os.path.join(ROOT, "build-bench"),
                   help="build directory made (or to make) with -DPython3_EXECUTABLE=%s, "
                        "an optimised build without sanitizers (default: build-bench at the "
                        "top of the source tree)" % PLATFORM_PYTHON)
    p.add_argument("--quick", action="store_true",
                   help="fewer hyperfine runs and RSS samples (a smoke test, ~2 minutes)")
    p.add_argument("--runs", type=int,
                   help="wall-time runs per cell (default 20, --quick: 5)")
    p.add_argument("--rounds", type=int,
                   help="the wall-time runs are split into this many rounds over all the "
                        "cells (default 2, --quick: 1)")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                   help="callgrind runs at a time (instruction counts do not depend on load; "
                        "default: the number of CPUs)")
    p.add_argument("--output", default=os.path.join(ROOT, "docs", "performance.md"),
                   help="the report (default: docs/performance.md)")
    p.add_argument("--pythonc", help="use this pythonc binary instead of building one")
    p.add_argument("--floor", help="use this floor binary instead of building one")
    opts = p.parse_args(argv)
    if opts.runs is None:
        opts.runs = 5 if opts.quick else 20
    if opts.rounds is None:
        opts.rounds = 1 if opts.quick else 2
    b = Bench(opts)
    b.prepare_build()
    b.prepare_scratch()
    b.measure_all()
    targets = b.write_report(argv)
    for t in targets:
        print("%-8s %s: %s (limit %s)" % ({True: "met", False: "MISSED", None: "n/a"}[t["ok"]],
                                          t["what"], t["shown"], t["limit"]))


if __name__ == "__main__":
    main(sys.argv[1:])
