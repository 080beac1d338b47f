"""Shims for the platform module: linux_distribution() and dist() (removed in 3.8).

Both are rebuilt from the documented interface and the observed behaviour of 3.7 (the
upstream release, as pyenv builds it): they look for the first file, in sorted order, in the
configuration directory (/etc, or platform._UNIXCONFDIR when a program or test sets it) whose
name is "<name>-release", "<name>_release", "<name>-version" or "<name>_version" with <name>
in supported_dists, and read the distribution's name, version and id (the text in
parentheses) from its first line; the version may also be the first word of that line, as
in /etc/debian_version. When no such file exists they look at the install records of SuSE,
Caldera and Slackware, then fall back to the arguments. /etc/os-release is not read: 3.7
never read it (os-release matches the pattern as "os", which is not a supported name).

linux_distribution() reports the name found in the file (e.g. "CentOS Linux") unless
full_distribution_name is false; dist() always reports the short name taken from the file
name ("centos", "debian"). Each call warns once, attributed to the caller.
"""
from _compat_engine import shim

_SUPPORTED_DISTS = (
    "SuSE", "debian", "fedora", "redhat", "centos", "mandrake", "mandriva", "rocks",
    "slackware", "yellowdog", "gentoo", "UnitedLinux", "turbolinux", "arch", "mageia",
)
_NAMES = ("linux_distribution", "dist")


def _patterns():
    """(file name, "<name> release <version> ... (<id>)", "<name><version> ... (<id>)"),
    compiled on first use."""
    compiled = _patterns.__dict__.get("compiled")
    if compiled is None:
        import re
        compiled = _patterns.compiled = (
            re.compile(r"(\w+)[-_](?:release|version)", re.ASCII),
            re.compile(r"(.+) release ([\d.]+)[^(]*(?:\((.+)\))?", re.ASCII),
            re.compile(r"([^0-9]+)(?: release )?([\d.]+)[^(]*(?:\((.+)\))?", re.ASCII),
        )
    return compiled


def _first_line_fields(line):
    """(name, version, id) read from the first line of a release file; "" where absent."""
    _, with_release, loose = _patterns()
    for pattern in (with_release, loose):
        found = pattern.match(line)
        if found is not None:
            name, version, ident = found.groups()
            return name, version, ident or ""
    # No number after a name: "<version> [<id>]", as in debian_version ("12.4",
    # "trixie/sid").
    words = line.split()
    if not words:
        return "", "", ""
    return "", words[0], words[1] if len(words) > 1 else ""


def _install_records(distname, version, ident):
    """What the oldest distributions left instead of a release file."""
    import os
    suse = "/var/adm/inst-log/info"
    if os.path.exists(suse):
        # SuSE: "MIN_DIST_VERSION <version>" and "DIST_IDENT <id>-...-..." lines.
        distname = "SuSE"
        with open(suse) as records:
            for line in records:
                words = line.split()
                if len(words) != 2:
                    continue
                key, value = words
                if key == "MIN_DIST_VERSION":
                    version = value.strip()
                elif key == "DIST_IDENT":
                    ident = value.split("-")[2]
        return distname, version, ident
    caldera = "/etc/.installed"
    if os.path.exists(caldera):
        # Caldera OpenLinux: the first "OpenLinux-<version>-..." line.
        with open(caldera) as records:
            for line in records:
                parts = line.split("-")
                if len(parts) >= 2 and parts[0] == "OpenLinux":
                    return "OpenLinux", parts[1], ident
    slackware = "/usr/lib/setup"
    if os.path.isdir(slackware):
        # Slackware: a "slack-version-<version>" file; the newest one counts.
        versions = sorted(entry for entry in os.listdir(slackware)
                          if entry[:14] == "slack-version-")
        if versions:
            return "slackware", versions[-1][14:], ident
    return distname, version, ident


def _find(platform, distname, version, ident, supported_dists, full_distribution_name):
    import os
    directory = platform.__dict__.get("_UNIXCONFDIR", "/etc")
    try:
        entries = sorted(os.listdir(directory))
    except OSError:
        # No configuration directory: not a Unix system.
        return distname, version, ident
    file_name, _, _ = _patterns()
    for entry in entries:
        found = file_name.match(entry)
        if found is not None and found.group(1) in supported_dists:
            short_name = found.group(1)
            break
    else:
        return _install_records(distname, version, ident)
    with open(os.path.join(directory, entry), "r", encoding="utf-8",
              errors="surrogateescape") as release:
        first = release.readline()
    long_name, found_version, found_ident = _first_line_fields(first)
    if long_name and full_distribution_name:
        distname = long_name
    else:
        distname = short_name
    return distname, found_version or version, found_ident or ident


@shim("platform-linux-distribution", removed_in="3.8",
      replacement='platform.freedesktop_os_release() (3.10+) or the "distro" package',
      kind="function")
def _linux_distribution(platform, ctx):

    def linux_distribution(distname="", version="", id="", supported_dists=_SUPPORTED_DISTS,
                           full_distribution_name=1):
        """Guess the Linux distribution from the release files in /etc: returns
        (distname, version, id), each defaulting to the argument of the same name when
        nothing better is found. id is the text in parentheses after the version, often
        the release's code name. Only the file names listed in supported_dists count;
        with full_distribution_name false, distname is the short name from the file name.
        """
        ctx.warn("platform.linux_distribution()", stacklevel=1)
        return _find(platform, distname, version, id, supported_dists, full_distribution_name)

    def dist(distname="", version="", id="", supported_dists=_SUPPORTED_DISTS):
        """Older form of linux_distribution(): (distname, version, id) with distname
        always the short name taken from the release file's name ("debian", "redhat")."""
        ctx.warn("platform.dist()", stacklevel=1)
        return _find(platform, distname, version, id, supported_dists, 0)

    for function in (linux_distribution, dist):
        function.__module__ = platform.__name__
        ctx.restore(platform, function.__name__, function)


@_linux_distribution.hide
def _hide_linux_distribution(platform):
    for name in _NAMES:
        platform.__dict__.pop(name, None)
