"""distutils.dir_util (restored by pythonc, see shims/distutils.py): create, copy and remove
directory trees, logging what is done (at INFO level, unless verbose is 0) and, with dry_run,
only logging.  For new code: os.makedirs(), shutil.copytree() and shutil.rmtree().
"""

import os

from distutils import log
from distutils.errors import DistutilsFileError, DistutilsInternalError

# Public (setuptools and build scripts reset it): the absolute names of the directories
# mkpath() made - or, in a dry run, announced - each mapped to 1.  mkpath() neither makes nor
# announces them again; remove_tree() forgets what it deletes.
_path_created = {}


def _chain(path):
    """The directories mkpath(`path`) has to consider, outermost first: `path` and the
    ancestors above it up to (not including) the first one that exists."""
    chain = []
    while True:
        chain.append(path)
        parent, leaf = os.path.split(path)
        if not (parent and leaf) or os.path.isdir(parent):
            return chain[::-1]
        path = parent


def _cannot_make(path, failure):
    return DistutilsFileError("could not create '%s': %s" % (path, failure.args[-1]))


def mkpath(name, mode=0o777, verbose=1, dry_run=0):
    """Make the directory `name` with every missing parent (`mode` is passed to os.mkdir).
    Returns the directories it made, outermost first: none in a dry run, or when `name`
    exists or was made (announced) before.  DistutilsFileError when one cannot be made."""
    if not isinstance(name, str):
        raise DistutilsInternalError("mkpath: 'name' must be a string (got %r)" % (name,))
    name = os.path.normpath(name)
    if name == "" or os.path.isdir(name) or _path_created.get(os.path.abspath(name)):
        return []
    made = []
    for step in _chain(name):
        key = os.path.abspath(step)
        if _path_created.get(key):
            continue
        if verbose >= 1:
            log.info("creating %s", step)
        if not dry_run:
            try:
                os.mkdir(step, mode)
            except FileExistsError as failure:
                # Made meanwhile by someone else: fine, if it is a directory.
                if not os.path.isdir(step):
                    raise _cannot_make(step, failure)
            except OSError as failure:
                raise _cannot_make(step, failure)
            made.append(step)
        _path_created[key] = 1
    return made


def create_tree(base_dir, files, mode=0o777, verbose=1, dry_run=0):
    """Make, under `base_dir`, each directory that one of the relative file names `files`
    lies in (the files themselves are not created); shallower directories first."""
    folders = set()
    for relative in files:
        folders.add(os.path.join(base_dir, os.path.dirname(relative)))
    for folder in sorted(folders):
        mkpath(folder, mode, verbose=verbose, dry_run=dry_run)


def _entries_of(src, dry_run):
    """os.listdir(src) for copy_tree(), with its errors: `src` must be a directory, except in a
    dry run, where a tree that does not exist (yet) just has no entries."""
    if dry_run:
        try:
            return os.listdir(src)
        except OSError:
            return []
    if not os.path.isdir(src):
        raise DistutilsFileError("cannot copy tree '%s': not a directory" % src)
    try:
        return os.listdir(src)
    except OSError as failure:
        raise DistutilsFileError("error listing files in '%s': %s" % (src, failure.strerror))


def copy_tree(src, dst, preserve_mode=1, preserve_times=1, preserve_symlinks=0, update=0,
              verbose=1, dry_run=0):
    """Copy everything under the directory `src` to `dst`, making directories as needed.

    Files go through copy_file() (the preserve_* and update arguments mean what they mean
    there); with preserve_symlinks a symbolic link is made again, pointing where the original
    points, instead of being followed.  NFS's temporary files (.nfs*) are passed over.
    Returns the name of every destination file, copied or found up to date, in the order of
    os.listdir()."""
    from distutils.file_util import copy_file
    entries = _entries_of(src, dry_run)
    if not dry_run:
        mkpath(dst, verbose=verbose)

    def transfer(entry):
        """Copy one entry of `src`; the destination files it accounts for."""
        here, there = os.path.join(src, entry), os.path.join(dst, entry)
        if preserve_symlinks and os.path.islink(here):
            pointed = os.readlink(here)
            if verbose >= 1:
                log.info("linking %s -> %s", there, pointed)
            if not dry_run:
                os.symlink(pointed, there)
            return [there]
        if os.path.isdir(here):
            return copy_tree(here, there, preserve_mode, preserve_times, preserve_symlinks,
                             update, verbose=verbose, dry_run=dry_run)
        copy_file(here, there, preserve_mode, preserve_times, update, verbose=verbose,
                  dry_run=dry_run)
        return [there]

    return [made for entry in entries if not entry.startswith(".nfs")
            for made in transfer(entry)]


def _deletions(top):
    """(remove function, path) for everything in the tree `top`, in an order that empties each
    directory before removing it.  Symbolic links to directories are removed, not entered."""
    for entry in os.listdir(top):
        inner = os.path.join(top, entry)
        if os.path.isdir(inner) and not os.path.islink(inner):
            yield from _deletions(inner)
        else:
            yield os.remove, inner
    yield os.rmdir, top


def remove_tree(directory, verbose=1, dry_run=0):
    """Delete the directory `directory` with all it holds.  What cannot be deleted is logged
    as a warning, not raised; a `directory` that cannot be listed is an OSError."""
    if verbose >= 1:
        log.info("removing '%s' (and everything under it)", directory)
    if dry_run:
        return
    for remove, path in list(_deletions(directory)):
        try:
            remove(path)
        except OSError as failure:
            log.warn("error removing %s: %s", directory, failure)
        else:
            _path_created.pop(os.path.abspath(path), None)


def ensure_relative(path):
    """`path` without its leading separator: '/a/b' gives 'a/b'.  A drive (Windows) stays
    in front."""
    drive, rest = os.path.splitdrive(path)
    return drive + (rest[1:] if rest[:1] == os.sep else rest)
