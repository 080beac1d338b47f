"""Shim case platform-linux-distribution: platform.linux_distribution() / dist() (removed in
3.8).

3.7 found the first release file in /etc (sorted) named <name>-release, <name>_release,
<name>-version or <name>_version with <name> in supported_dists, and parsed its first line
into (name, version, id); each call warned (DeprecationWarning, attributed to the caller).
Every layout below is a made-up /etc in a temporary directory (platform._UNIXCONFDIR, the
directory 3.7 read and its own tests redirected); the real /etc only shows the result's type.
"""
# pythonc-oracle: 3.7
import inspect
import os
import platform
import sys
import tempfile
import warnings


def here():
    """The caller's current line: the marker warning line numbers are measured against."""
    return sys._getframe(1).f_lineno


def report(label, caught, base):
    print(label, [(issubclass(w.category, DeprecationWarning), os.path.basename(w.filename), w.lineno - base)
                  for w in caught])


def attempt(function, *args, **kwargs):
    try:
        return repr(function(*args, **kwargs))
    except Exception as exc:
        return "%s: %s" % (type(exc).__name__, exc)


LAYOUTS = [
    ("Debian", {"debian_version": "12.4\n", "os-release": 'ID=debian\nVERSION_ID="12"\n'}),
    ("Debian testing", {"debian_version": "trixie/sid\n"}),
    ("Ubuntu (upstream 3.7)", {"debian_version": "bookworm/sid\n", "lsb-release": "DISTRIB_ID=Ubuntu\n",
                               "os-release": "ID=ubuntu\n"}),
    ("CentOS 7", {"centos-release": "CentOS Linux release 7.6.1810 (Core) \n", "redhat-release": "CentOS Linux release 7.6.1810 (Core) \n",
                  "system-release": "CentOS Linux release 7.6.1810 (Core) \n", "os-release": "ID=centos\n"}),
    ("Fedora", {"fedora-release": "Fedora release 28 (Twenty Eight)\n", "redhat-release": "Fedora release 28 (Twenty Eight)\n",
                "system-release": "Fedora release 28 (Twenty Eight)\n"}),
    ("RHEL", {"redhat-release": "Red Hat Enterprise Linux Server release 7.5 (Maipo)\n"}),
    ("openSUSE", {"SuSE-release": "openSUSE 13.2 (x86_64)\nVERSION = 13.2\n", "os-release": "ID=opensuse\n"}),
    ("Gentoo", {"gentoo-release": "Gentoo Base System release 2.6\n"}),
    ("Arch", {"arch-release": "", "os-release": "ID=arch\n"}),
    ("Mageia", {"mageia-release": "Mageia release 6 (Official) for x86_64\n"}),
    ("Slackware", {"slackware-version": "Slackware 14.2\n"}),
    ("Alpine (unsupported name)", {"alpine-release": "3.18.4\n", "os-release": "ID=alpine\n"}),
    ("os-release only", {"os-release": 'NAME="Some OS"\nVERSION_ID="1.0"\n'}),
    ("underscore and suffix", {"gentoo_release": "Name 1.2.3 (a) tail\n", "mandrake-release.bak": "x\n"}),
    ("odd first lines", {"rocks-release": "A release B release 1.0 (q) (r)\n",
                         "yellowdog-release": "x release 1.0 (unterminated\n"}),
    ("empty line", {"turbolinux-release": "\n"}),
    ("non-ASCII", {"UnitedLinux-release": "Caf\u00e9 release 3 (\u2603)\n"}),
]

with tempfile.TemporaryDirectory() as root:
    for label, files in LAYOUTS:
        etc = os.path.join(root, str(LAYOUTS.index((label, files))))
        os.mkdir(etc)
        for name, text in files.items():
            with open(os.path.join(etc, name), "w", encoding="utf-8") as fh:
                fh.write(text)
        platform._UNIXCONFDIR = etc
        print("==", label)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            base = here()
            print(" ", attempt(platform.linux_distribution))
            print(" ", attempt(platform.linux_distribution, full_distribution_name=0))
            print(" ", attempt(platform.linux_distribution, "d", "v", "i"))
            print(" ", attempt(platform.linux_distribution, "d", "v", "i", ("debian", "fedora"), False))
            print(" ", attempt(platform.dist))
            print(" ", attempt(platform.dist, "d", "v", "i", supported_dists=("arch", "SuSE", "redhat")))
        report("  warnings:", caught, base)

    print("== no such directory")
    platform._UNIXCONFDIR = os.path.join(root, "missing")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        base = here()
        print(" ", attempt(platform.linux_distribution, "d", "v", "i"), attempt(platform.dist, "d"))
    report("  warnings:", caught, base)

    print("== release file that is a directory")
    platform._UNIXCONFDIR = os.path.join(root, "dir")
    os.makedirs(os.path.join(root, "dir", "redhat-release"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        print(" ", attempt(platform.linux_distribution).split(":")[0])

platform._UNIXCONFDIR = "/etc"
print("== this machine")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    base = here()
    mine = platform.linux_distribution()
    short = platform.dist()
    same = short == platform.linux_distribution(full_distribution_name=0)
print(type(mine).__name__, len(mine), [type(part).__name__ for part in mine], same)
report("warnings:", caught, base)

print("== module")
for function in (platform.linux_distribution, platform.dist):
    print(function.__name__, function.__module__, inspect.signature(function))
from platform import linux_distribution, dist
print(callable(linux_distribution), callable(dist))
