"""distutils.file_util (restored by pythonc, see shims/distutils.py): copy, move and write single
files, logging what is done (at INFO level, unless verbose is 0) and, with dry_run, only
logging.  For new code: shutil.copy2() and shutil.move().

Failures of the file system are reported as DistutilsFileError with the OS's own wording (its
strerror), the way distutils commands expect; write_file() alone lets OSError through.
"""

import os

from distutils import log
from distutils.errors import DistutilsFileError

# Public (commands print it, and 3.8 had it): the verb copy_file() logs, by its `link` argument.
_copy_action = {None: "copying", "hard": "hard linking", "sym": "symbolically linking"}


def _attempt(operation, what, path, *args):
    """operation(*args), an OSError becoming DistutilsFileError("could not <what> '<path>'")."""
    try:
        return operation(*args)
    except OSError as problem:
        raise DistutilsFileError("could not %s '%s': %s" % (what, path, problem.strerror))


# The name and signature are 3.8's: programs import this helper, or replace it to watch every
# copy, so copy_file() looks it up here at each call.
def _copy_file_contents(src, dst, buffer_size=16 * 1024):
    """Write the bytes of `src` to a fresh file `dst`, `buffer_size` bytes at a time.  The
    source is opened before an existing `dst` is unlinked, so copying a file onto itself
    keeps its content."""
    with _attempt(open, "open", src, src, "rb") as reader:
        if os.path.exists(dst):
            _attempt(os.unlink, "delete", dst, dst)
        with _attempt(open, "create", dst, dst, "wb") as writer:
            for piece in iter(lambda: _attempt(reader.read, "read from", src, buffer_size), b""):
                _attempt(writer.write, "write to", dst, piece)


def _placement(src, dst):
    """Where copy_file() puts `src` given `dst`, and how its log line names that place: the
    directory when the file keeps its name, else the file name."""
    if os.path.isdir(dst):
        final, folder = os.path.join(dst, os.path.basename(src)), dst
    else:
        final, folder = dst, os.path.dirname(dst)
    keeps_name = os.path.basename(final) == os.path.basename(src)
    return final, folder if keeps_name else final


def _link_instead(src, dst, link):
    """Make the link `link` asks for ('hard' or 'sym'; None asks for none) from `dst` to
    `src`; whether that took the place of copying.  Nothing is linked when `dst` already
    is `src`, and a hard link the system refuses is not an error: the file is copied."""
    if link is None or (os.path.exists(dst) and os.path.samefile(src, dst)):
        return False
    if link == "sym":
        os.symlink(src, dst)
        return True
    try:
        os.link(src, dst)
    except OSError:
        return False
    return True


def _carry_over(src, dst, mode, times):
    """Give `dst` the access and modification times (whole seconds) and then the permission
    bits of `src`, as asked."""
    if mode or times:
        import stat
        info = os.stat(src)
        if times:
            os.utime(dst, (info[stat.ST_ATIME], info[stat.ST_MTIME]))
        if mode:
            os.chmod(dst, stat.S_IMODE(info.st_mode))


def copy_file(src, dst, preserve_mode=1, preserve_times=1, update=0, link=None, verbose=1,
              dry_run=0):
    """Copy the regular file `src` to `dst`: a file name, or a directory to put it in.

    With preserve_mode and preserve_times the copy gets the source's permission bits and its
    access and modification times (whole seconds).  With `update`, nothing is done when the
    destination is not older than the source.  `link` 'hard' or 'sym' makes a link instead of
    a copy (a hard link that cannot be made becomes a copy; a link that is already in place
    is replaced by a copy).  Returns (name of the destination file, 1 if it was (or in a dry
    run would be) written, 0 if it was up to date)."""
    if not os.path.isfile(src):
        raise DistutilsFileError("can't copy '%s': doesn't exist or not a regular file" % src)
    target, shown = _placement(src, dst)

    if update:
        from distutils.dep_util import newer
        if not newer(src, target):
            if verbose >= 1:
                log.debug("not copying %s (output up-to-date)", src)
            return target, 0

    if link not in _copy_action:
        raise ValueError("invalid value '%s' for 'link' argument" % link)
    if verbose >= 1:
        log.info("%s %s -> %s", _copy_action[link], src, shown)
    if not dry_run and not _link_instead(src, target, link):
        _copy_file_contents(src, target)
        _carry_over(src, target, preserve_mode, preserve_times)
    return target, 1


def _move_target(src, dst):
    """The file name `src` gets when moved to `dst`, after checking that the move can be
    tried; DistutilsFileError("can't move ...") when it cannot."""
    problem = None
    if not os.path.isfile(src):
        problem = "not a regular file"
    elif os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    elif os.path.exists(dst):
        problem = "destination '%s' already exists" % dst
    if problem is None and not os.path.isdir(os.path.dirname(dst)):
        problem = "destination '%s' not a valid path" % dst
    if problem is not None:
        raise DistutilsFileError("can't move '%s': %s" % (src, problem))
    return dst


def _copy_then_delete(src, dst, verbose):
    """Move across file systems: copy, then delete the original (undoing the copy when the
    original cannot be deleted)."""
    copy_file(src, dst, verbose=verbose)
    try:
        os.unlink(src)
    except OSError as stuck:
        reason = stuck.args[1] if len(stuck.args) > 1 else stuck
        try:
            os.unlink(dst)
        except OSError:
            pass
        raise DistutilsFileError("couldn't move '%s' to '%s' by copy/delete: delete '%s' "
                                 "failed: %s" % (src, dst, src, reason))


def move_file(src, dst, verbose=1, dry_run=0):
    """Move the regular file `src` to `dst`: a directory to put it in, or a new file name
    whose directory exists (an existing file is not replaced).  Where renaming is impossible
    because the two are on different file systems, the file is copied and the original
    deleted.  Returns the file's new name."""
    if verbose >= 1:
        log.info("moving %s -> %s", src, dst)
    if dry_run:
        return dst
    dst = _move_target(src, dst)
    import errno
    try:
        os.rename(src, dst)
    except OSError as refused:
        code, reason = refused.args[:2]
        if code != errno.EXDEV:
            raise DistutilsFileError("couldn't move '%s' to '%s': %s" % (src, dst, reason))
        _copy_then_delete(src, dst, verbose)
    return dst


def write_file(filename, contents):
    """Create (or truncate) `filename` and write each string of `contents` to it as a line."""
    with open(filename, "w") as out:
        out.writelines(line + "\n" for line in contents)
