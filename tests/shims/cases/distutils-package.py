"""Shim case distutils-package: the run-time parts of `distutils` (removed in 3.12) as old
programs used them: version comparison, the util helpers, spawn and find_executable, the
exception hierarchy, the file and directory helpers with their log output, dependency checks,
distutils.log, and the sysconfig queries.

This is the standard library's distutils: setuptools' replacement (which its
distutils-precedence.pth puts in front on 3.10 and 3.11 when setuptools is installed) is taken
out of the way first.  Files live in a temporary directory (the working directory here) and are
named relatively; what depends on the machine (paths, the interpreter version, the platform) is
printed as a comparison with the running interpreter's own answer.  Left out: what changed
between 3.8 and 3.11 (comparing a version with a non-version or the other class, the messages of
a failed spawn(), get_config_var("SO")), which the case must print alike on both.  Python 3.8 did not warn at
`import distutils`, and warnings go to stderr anyway.
"""
import io
import os
import sys
import sysconfig
import tempfile

sys.meta_path[:] = [f for f in sys.meta_path if type(f).__name__ != "DistutilsMetaFinder"]

import distutils
from distutils import dep_util, dir_util, errors, file_util, log, spawn, util
from distutils import sysconfig as dsysconfig
from distutils.version import LooseVersion, StrictVersion, Version

TMP = tempfile.mkdtemp()
os.chdir(TMP)
MASKS = [(os.path.realpath(TMP), "TMP"), (TMP, "TMP")]


def masked(text):
    for path, name in MASKS:
        text = text.replace(path, name)
    return text


def show(label, thunk):
    try:
        result = repr(thunk())
    except Exception as exc:
        result = "%s: %s" % (type(exc).__name__, exc)
    print(label, "->", masked(result))


def captured(thunk):
    """Run thunk with the log's streams captured; return (result or error, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        result = repr(thunk())
    except Exception as exc:
        result = "%s: %s" % (type(exc).__name__, exc)
    finally:
        sys.stdout, sys.stderr = saved
    return masked(result), masked(out.getvalue()), masked(err.getvalue())


def logged(label, thunk, sort=False):
    result, out, err = captured(thunk)
    if sort:
        out = "".join(sorted(out.splitlines(True)))
    print(label, "->", result, "| out:", repr(out), "| err:", repr(err))


print("== package")
print(distutils.__version__ == sys.version.split(" ")[0], type(distutils.__version__).__name__)
print(hasattr(distutils, "__path__"))

print("== version: StrictVersion")
for text in ["1.0", "1.0.0", "1.2.3", "1.2a1", "1.2.3b4", "1.02", "0.4", "1.0a0", "1.2.0a1",
             "1", "1.2.3.4", "1.2c1", " 1.0", "1.0 ", "1.2b", "a", "1.0\n"]:
    show("S(%r)" % text, lambda: (StrictVersion(text).version, StrictVersion(text).prerelease,
                                  str(StrictVersion(text)), repr(StrictVersion(text))))
show("S() str", lambda: str(StrictVersion()))
show("S() vars", lambda: vars(StrictVersion()))
for a, b in [("1.2", "1.10"), ("1.2a1", "1.2"), ("1.2a1", "1.2b1"), ("1.2b2", "1.2b10"),
             ("1.2.0", "1.2"), ("1.2a1", "1.2a1"), ("2.0", "1.9.9")]:
    x, y = StrictVersion(a), StrictVersion(b)
    print(a, b, x < y, x <= y, x == y, x != y, x > y, x >= y, x < b, x == b, b > x,
          x._cmp(y))
show("S < 'x'", lambda: StrictVersion("1.2") < "x")
show("hash S", lambda: hash(StrictVersion("1.2")))
v = StrictVersion("1.2a1")
v.parse("3.4")
show("reparse", lambda: (v.version, v.prerelease, str(v)))


class Mine(StrictVersion):
    pass


show("subclass repr", lambda: repr(Mine("2.1")))

print("== version: LooseVersion")
for text in ["1.5.1", "1.5.2b2", "161", "3.10a", "8.02", "3.4j", "1996.07.12", "3.2.pl0",
             "2g6", "11g", "0.960923", "2.2beta29", "1.13++", "5.5.kw", "2.0b1pl0", "1.0-rc1",
             "abc", "1..2", "1_2", " 1 ", "RC1", "1.0Rc", "v1.2"]:
    show("L(%r)" % text, lambda: (LooseVersion(text).version, LooseVersion(text).vstring,
                                  str(LooseVersion(text)), repr(LooseVersion(text))))
show("L('') vars", lambda: vars(LooseVersion("")))
show("L() str", lambda: str(LooseVersion()))
for a, b in [("1.2", "1.10"), ("1.2", "1.2a"), ("1.2a", "1.2.1"), ("1.2", "abc"),
             ("1.0", "1.0.0"), ("a", "b"), ("1.0-rc1", "1.0"), ("1.0", "1.0"), ("1", "a"),
             ("2g6", "2.6")]:
    x, y = LooseVersion(a), LooseVersion(b)
    for op in ["<", "<=", "==", "!=", ">", ">="]:
        show("%s %s %s" % (a, op, b), lambda: eval("x %s y" % op))
show("L == str", lambda: (LooseVersion("1.2") == "1.2", "1.3" > LooseVersion("1.2")))
show("sorted", lambda: sorted(LooseVersion(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]))
show("sorted mixed", lambda: sorted([LooseVersion("1.10"), LooseVersion("1.2a")]))
show("hash L", lambda: hash(LooseVersion("1.2")))


class Subclass(LooseVersion):
    pass


show("L subclass repr", lambda: repr(Subclass("1.0")))
show("Version('1.0')", lambda: Version("1.0"))
show("Version() == Version()", lambda: Version() == Version())

print("== errors")
for name in sorted(dir(errors)):
    cls = getattr(errors, name)
    if isinstance(cls, type):
        print(name, [base.__name__ for base in cls.__bases__], cls.__module__)
print(issubclass(errors.DistutilsExecError, errors.DistutilsError),
      issubclass(errors.CompileError, Exception), spawn.DistutilsExecError is
      errors.DistutilsExecError)

print("== util")
for text in ["y", "YES", "t", "True", "on", "1", "n", "No", "f", "false", "OFF", "0", "maybe",
             "", " yes"]:
    show("strtobool(%r)" % text, lambda: util.strtobool(text))
show("strtobool(1)", lambda: util.strtobool(1))
show("get_platform", lambda: util.get_platform() == sysconfig.get_platform())
for path in ["a/b/c", "", "a/b/", "./a/./b/.", "."]:
    show("convert_path(%r)" % path, lambda: util.convert_path(path) == path)
for root, path in [("/new", "/usr/lib"), ("/new", "usr/lib"), ("/new/", "/usr/lib"),
                   ("new", "/usr/lib"), ("/new", "/"), ("/new", "")]:
    show("change_root(%r, %r)" % (root, path), lambda: util.change_root(root, path))
for text in ["a b c", "  a   b  ", 'a "b c" d', "a 'b c' d", "a\\ b c", 'a"b c"d',
             'a "b \\" c"', "it's", 'a "open', "", "a\tb\nc", "a\\", "a\\\\b", "'a' \"b\"",
             '""', 'x""y', 'a\\"b', "'a\\'b'", "x\\'y", "\\", "a \\'", "\"a'b\""]:
    show("split_quoted(%r)" % text, lambda: util.split_quoted(text))
for text in ["one", "one\ntwo", "one\ntwo\n", "", "a\n\nb"]:
    show("rfc822_escape(%r)" % text, lambda: util.rfc822_escape(text))
os.environ["DPKG_CASE_VAR"] = "from-env"
os.environ.pop("DPKG_CASE_MISSING", None)
for text, names in [("hello $name and ${other}", {"name": "N", "other": "O"}),
                    ("$DPKG_CASE_VAR", {}), ("$DPKG_CASE_VAR", {"DPKG_CASE_VAR": "local"}),
                    ("$DPKG_CASE_MISSING", {}), ("${missing}", {}), ("$$a", {"a": 1}),
                    ("$1 $ a", {}), ("$a.b", {"a": 2}), ("$a-$b", {"a": 1, "b": None}),
                    ("$a", {"a": "x$b"})]:
    show("subst_vars(%r)" % text, lambda: util.subst_vars(text, names))
util.check_environ()
print("PLAT", os.environ.get("PLAT") == util.get_platform(), "HOME" in os.environ,
      util._environ_checked)
show("grok_environment_error", lambda: util.grok_environment_error(OSError(2, "Gone", "f")))

print("== log")
print(log.DEBUG, log.INFO, log.WARN, log.ERROR, log.FATAL, log._global_log.threshold,
      type(log._global_log).__name__)
logged("set_threshold DEBUG", lambda: log.set_threshold(log.DEBUG))
logged("debug", lambda: log.debug("d %s", 1))
logged("info", lambda: log.info("i %s %s", 1, 2))
logged("warn", lambda: log.warn("w"))
logged("error", lambda: log.error("e %d", 3))
logged("fatal", lambda: log.fatal("f"))
logged("log INFO", lambda: log.log(log.INFO, "via log %s", "x"))
logged("no args", lambda: log.info("no args %s"))
logged("too few args", lambda: log.info("%s %s", 1))
logged("not a string", lambda: log.info(123))
logged("level 7", lambda: log.log(7, "level 7"))
logged("level 0", lambda: log.log(0, "below"))
logged("set_threshold WARN", lambda: log.set_threshold(log.WARN))
logged("info hidden", lambda: log.info("hidden"))
logged("bad level hidden", lambda: log.log(9, "x"))
for verbosity in [0, 1, 2, 5, -1]:
    log.set_verbosity(verbosity)
    print("set_verbosity", verbosity, "->", log._global_log.threshold)
mine = log.Log(log.DEBUG)
logged("own Log", lambda: (mine.debug("x"), mine.log(log.ERROR, "y %s", "z"),
                           mine._log(log.INFO, "t %s", ()), mine.threshold))
print("default Log", log.Log().threshold)
raw = io.BytesIO()
ascii_out = io.TextIOWrapper(raw, encoding="ascii")
saved = sys.stdout
sys.stdout = ascii_out
try:
    log.set_threshold(log.INFO)
    log.info("caf\xe9 %s", "\u20ac")
finally:
    sys.stdout = saved
ascii_out.flush()
print("unencodable", raw.getvalue())

print("== execute")
logged("execute", lambda: util.execute(print, ("a",)))
logged("execute 2", lambda: util.execute(print, ("a", "b"), dry_run=1))
logged("execute msg", lambda: util.execute(print, ("a",), msg="custom %s"))
logged("execute ()", lambda: util.execute(print, ()))
logged("execute list", lambda: util.execute(os.getcwd, []))

print("== dir_util")
logged("mkpath", lambda: dir_util.mkpath("a/b/c"))
logged("mkpath again", lambda: dir_util.mkpath("a/b/c"))
logged("mkpath quiet", lambda: dir_util.mkpath("a/b/d", verbose=0))
logged("mkpath dry", lambda: dir_util.mkpath("x/y", dry_run=1))
print("x exists", os.path.exists("x"))
logged("mkpath dry again", lambda: dir_util.mkpath("x/y", dry_run=1))
logged("mkpath ''", lambda: dir_util.mkpath(""))
logged("mkpath a/", lambda: dir_util.mkpath("a/"))
logged("mkpath ./p/q", lambda: dir_util.mkpath("./p/q"))
logged("mkpath a/../r", lambda: dir_util.mkpath("a/../r"))
logged("mkpath 5", lambda: dir_util.mkpath(5))
open("file", "w").close()
logged("mkpath file/sub", lambda: dir_util.mkpath("file/sub"))
show("_path_created", lambda: sorted(os.path.relpath(p) for p in dir_util._path_created))
logged("create_tree", lambda: dir_util.create_tree("base", ["m/n/f1.py", "m/f2.py", "t.py"]))
logged("create_tree dry", lambda: dir_util.create_tree("base2", ["m/f1.py"], dry_run=1))
with open("a/b/c/one.txt", "w") as f:
    f.write("1")
with open("a/b/two.txt", "w") as f:
    f.write("22")
os.symlink("two.txt", "a/b/link")
open("a/.nfs0001", "w").close()
logged("copy_tree", lambda: sorted(dir_util.copy_tree("a", "dst")), sort=True)
logged("copy_tree again", lambda: sorted(dir_util.copy_tree("a", "dst")), sort=True)
logged("copy_tree update", lambda: sorted(dir_util.copy_tree("a", "dst", update=1)), sort=True)
logged("copy_tree symlinks",
       lambda: sorted(dir_util.copy_tree("a", "dst2", preserve_symlinks=1)), sort=True)
print("links", os.path.islink("dst2/b/link"), os.readlink("dst2/b/link"),
      os.path.islink("dst/b/link"), open("dst/b/link").read())
logged("copy_tree dry", lambda: sorted(dir_util.copy_tree("a", "dst3", dry_run=1)), sort=True)
print("dst3 exists", os.path.exists("dst3"))
logged("copy_tree missing", lambda: dir_util.copy_tree("nope", "dst4"))
logged("copy_tree file", lambda: dir_util.copy_tree("file", "dst4"))
logged("copy_tree missing dry", lambda: dir_util.copy_tree("nope", "dst4", dry_run=1))
logged("remove_tree missing", lambda: dir_util.remove_tree("dst3"))
logged("remove_tree dry", lambda: dir_util.remove_tree("dst2", dry_run=1))
print("dst2 exists", os.path.exists("dst2"))
logged("remove_tree", lambda: dir_util.remove_tree("dst2"))
print("dst2 exists", os.path.exists("dst2"))
show("forgotten", lambda: [p for p in dir_util._path_created if "dst2" in p])
logged("mkpath dst2 again", lambda: dir_util.mkpath("dst2/b"))
show("ensure_relative", lambda: (dir_util.ensure_relative("/a/b"),
                                 dir_util.ensure_relative("a/b")))

print("== file_util")
with open("src.txt", "w") as f:
    f.write("hello")
os.chmod("src.txt", 0o640)
os.mkdir("d")
logged("copy_file", lambda: file_util.copy_file("src.txt", "dst.txt"))
print("mode", oct(os.stat("dst.txt").st_mode & 0o777))
logged("copy_file into dir", lambda: file_util.copy_file("src.txt", "d"))
logged("copy_file update", lambda: file_util.copy_file("src.txt", "d", update=1))
logged("copy_file update quiet", lambda: file_util.copy_file("src.txt", "d", update=1,
                                                             verbose=0))
logged("copy_file no mode", lambda: file_util.copy_file("src.txt", "dst2.txt",
                                                        preserve_mode=0))
print("mode", oct(os.stat("dst2.txt").st_mode & 0o777) != "0o640")
logged("copy_file dry", lambda: file_util.copy_file("src.txt", "dst3.txt", dry_run=1))
print("dst3 exists", os.path.exists("dst3.txt"))
logged("copy_file missing", lambda: file_util.copy_file("nope.txt", "x.txt"))
logged("copy_file dir", lambda: file_util.copy_file("d", "x.txt"))
logged("copy_file bad link", lambda: file_util.copy_file("src.txt", "x.txt", link="bogus"))
logged("copy_file hard", lambda: file_util.copy_file("src.txt", "hard.txt", link="hard"))
print("same file", os.path.samefile("src.txt", "hard.txt"))
logged("copy_file sym", lambda: file_util.copy_file("src.txt", "sym.txt", link="sym"))
print("sym", os.readlink("sym.txt"))
logged("copy_file sym exists", lambda: file_util.copy_file("src.txt", "sym.txt", link="sym"))
logged("copy_file over symlink", lambda: file_util.copy_file("src.txt", "sym.txt"))
print("symlink now", os.path.islink("sym.txt"))
logged("copy_file no dir", lambda: file_util.copy_file("src.txt", "nodir/x.txt"))
logged("copy_file onto itself", lambda: file_util.copy_file("src.txt", "src.txt"))
print("content", open("src.txt").read())
os.utime("src.txt", (1000000000, 1000000000))
logged("copy_file times", lambda: file_util.copy_file("src.txt", "times.txt"))
print("mtime", os.stat("times.txt").st_mtime)
logged("copy_file no times", lambda: file_util.copy_file("src.txt", "nt.txt", preserve_times=0))
print("mtime later", os.stat("nt.txt").st_mtime > 1000000000)
logged("move_file bare name", lambda: file_util.move_file("dst.txt", "moved.txt"))
logged("move_file missing", lambda: file_util.move_file("nope", "d"))
logged("move_file", lambda: file_util.move_file("dst.txt", "d/moved.txt"))
with open("dst.txt", "w") as f:
    f.write("x")
logged("move_file exists", lambda: file_util.move_file("dst.txt", "d/moved.txt"))
logged("move_file into dir over file", lambda: file_util.move_file("dst.txt", "d/"))
print("d/dst.txt", open("d/dst.txt").read())
logged("move_file no dir", lambda: file_util.move_file("dst2.txt", "zz/m.txt"))
logged("move_file dry", lambda: file_util.move_file("dst2.txt", "x3.txt", dry_run=1))
logged("write_file", lambda: file_util.write_file("w.txt", ["a", "b", "c\n"]))
print("written", repr(open("w.txt").read()))
logged("write_file no dir", lambda: file_util.write_file("nodir/w.txt", ["a"]))
print(file_util._copy_action)

print("== dep_util")
for name, ns in [("old", 1000000000100000000), ("new", 1000000000900000000),
                 ("newer", 1000000001000000000)]:
    open(name, "w").close()
    os.utime(name, ns=(ns, ns))
show("newer same second", lambda: dep_util.newer("new", "old"))
show("newer", lambda: (dep_util.newer("newer", "old"), dep_util.newer("old", "newer")))
show("newer no target", lambda: dep_util.newer("old", "nope"))
show("newer no source", lambda: dep_util.newer("nope", "old"))
show("newer itself", lambda: dep_util.newer("old", "old"))
show("pairwise", lambda: dep_util.newer_pairwise(["newer", "old"], ["old", "newer"]))
show("pairwise lengths", lambda: dep_util.newer_pairwise(["old"], ["a", "b"]))
show("group", lambda: (dep_util.newer_group(["old", "newer"], "new"),
                       dep_util.newer_group(["old"], "newer"),
                       dep_util.newer_group(["old"], "nope"),
                       dep_util.newer_group([], "old"), dep_util.newer_group([], "nope")))
for missing in ["error", "ignore", "newer", "bogus"]:
    show("group missing=%s" % missing,
         lambda: dep_util.newer_group(["nope"], "old", missing=missing))

print("== byte_compile")
os.makedirs("pkg/sub")
for name in ["pkg/a.py", "pkg/sub/b.py", "pkg/c.txt"]:
    with open(name, "w") as f:
        f.write("x = 1\n")
sys.dont_write_bytecode = False
tag = sys.implementation.cache_tag


def pycs():
    found = []
    for where, _dirs, files in os.walk("pkg"):
        found.extend(os.path.join(where, f).replace(tag, "TAG") for f in files
                     if f.endswith(".pyc"))
    return sorted(found)


def untagged(thunk):
    def run():
        return thunk()
    result, out, err = captured(run)
    print(result, "| out:", repr(out.replace(tag, "TAG")), "| err:", repr(err))


log.set_threshold(log.DEBUG)
untagged(lambda: util.byte_compile(["pkg/a.py", "pkg/sub/b.py", "pkg/c.txt"]))
print(pycs())
untagged(lambda: util.byte_compile(["pkg/a.py"]))
untagged(lambda: util.byte_compile(["pkg/a.py"], force=1))
untagged(lambda: util.byte_compile(["pkg/sub/b.py"], prefix="pkg/", base_dir="lib", force=1))
untagged(lambda: util.byte_compile(["pkg/sub/b.py"], prefix="zzz/"))
untagged(lambda: util.byte_compile(["pkg/a.py"], dry_run=1, force=1))
untagged(lambda: util.byte_compile(["pkg/a.py"], direct=1, optimize=1))
print(pycs())
sys.dont_write_bytecode = True
untagged(lambda: util.byte_compile(["pkg/a.py"]))
log.set_threshold(log.WARN)

print("== spawn")
show("find sh", lambda: os.path.basename(spawn.find_executable("sh") or ""))
show("find missing", lambda: spawn.find_executable("definitely-not-here-xyz"))
show("find path ''", lambda: spawn.find_executable("sh", path=""))
os.mkdir("bin")
with open("bin/tool", "w") as f:
    f.write("#!/bin/sh\nexit 0\n")
os.chmod("bin/tool", 0o755)
open("plain", "w").close()
show("find in path", lambda: spawn.find_executable("tool", path="nope" + os.pathsep + "bin"))
show("find file here", lambda: spawn.find_executable("plain", path=""))
show("find dir", lambda: spawn.find_executable("bin", path="."))
sys.stdout.flush()
log.set_threshold(log.INFO)
logged("spawn true", lambda: spawn.spawn(["true"]))
logged("spawn dry", lambda: spawn.spawn(["echo", "hi there"], dry_run=1))
logged("spawn tuple", lambda: spawn.spawn(("sh", "-c", "exit 0")))
logged("spawn no search", lambda: spawn.spawn(["bin/tool"], search_path=0))
logged("spawn empty", lambda: spawn.spawn([]))
log.set_threshold(log.WARN)

print("== sysconfig")
paths = sysconfig.get_paths()
print(dsysconfig.get_python_lib() == paths["purelib"],
      dsysconfig.get_python_lib(1) == paths["platlib"],
      dsysconfig.get_python_lib(0, 1) == paths["stdlib"],
      dsysconfig.get_python_lib(1, 1) == paths["platstdlib"],
      dsysconfig.get_python_inc() == paths["include"],
      dsysconfig.get_python_inc(1) == paths["platinclude"])
version = dsysconfig.get_python_version()
print(version == "%d.%d" % sys.version_info[:2])
show("lib prefix", lambda: dsysconfig.get_python_lib(prefix="/pfx").replace(version, "X"))
show("stdlib prefix", lambda: dsysconfig.get_python_lib(0, 1, "/pfx/").replace(version, "X"))
show("inc prefix", lambda: dsysconfig.get_python_inc(prefix="/pfx").replace(version, "X"))
print(dsysconfig.PREFIX == os.path.normpath(sys.prefix),
      dsysconfig.EXEC_PREFIX == os.path.normpath(sys.exec_prefix))
print(dsysconfig.get_config_h_filename() == sysconfig.get_config_h_filename(),
      dsysconfig.get_makefile_filename() == sysconfig.get_makefile_filename())
config = dsysconfig.get_config_vars()
print(type(config).__name__, config is dsysconfig.get_config_vars(),
      config.get("EXT_SUFFIX") == sysconfig.get_config_var("EXT_SUFFIX"))
print(dsysconfig.get_config_var("VERSION") == version,
      dsysconfig.get_config_var("no such variable"),
      dsysconfig.get_config_vars("VERSION", "nope") == [version, None])
