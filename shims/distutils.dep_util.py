"""distutils.dep_util (restored by pythonc, see shims/distutils.py): is a target out of date
with respect to its sources?

Modification times are compared in whole seconds, as 3.8 did: two files written within the
same second count as equally old, so neither is newer.  A target that does not exist is always
out of date (the answer is then the integer 1, as in 3.8, where a comparison of times gives
True or False)."""

import os

from distutils.errors import DistutilsFileError


def _seconds(path):
    """The modification time of `path`, rounded down to a whole second (what the old
    stat-tuple field held).  Raises the OSError of os.stat() for a missing file."""
    return os.stat(path).st_mtime_ns // 1000000000


def _stamp(path):
    """_seconds(path), or None when there is no such file."""
    return _seconds(path) if os.path.exists(path) else None


def newer(source, target):
    """Whether `source` was changed after `target` (1 if there is no `target`).  A missing
    `source` is a DistutilsFileError naming its absolute path."""
    made = _stamp(source)
    if made is None:
        raise DistutilsFileError("file '%s' does not exist" % os.path.abspath(source))
    built = _stamp(target)
    return 1 if built is None else made > built


def newer_pairwise(sources, targets):
    """Walk `sources` and `targets` side by side and keep the pairs whose source is newer
    (see newer()); returns them as two lists, the kept sources and the kept targets."""
    if len(sources) != len(targets):
        raise ValueError("'sources' and 'targets' must be same length")
    stale = [pair for pair in zip(sources, targets) if newer(*pair)]
    return [pair[0] for pair in stale], [pair[1] for pair in stale]


def newer_group(sources, target, missing='error'):
    """1 when `target` must be rebuilt from `sources`: it does not exist, or one of them is
    newer; else 0.  What a source that does not exist means depends on `missing`: 'ignore'
    passes over it, 'newer' makes the target out of date, and anything else (by default,
    'error') lets os.stat() raise for it."""
    built = _stamp(target)
    if built is None:
        return 1
    tolerant = missing in ('ignore', 'newer')
    for source in sources:
        made = _stamp(source) if tolerant else _seconds(source)
        if made is None:
            if missing == 'newer':
                return 1
        elif made > built:
            return 1
    return 0
