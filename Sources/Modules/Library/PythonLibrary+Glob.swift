extension PythonLibrary {
    /// `import glob`, in Cellgrad Python (compiled on first import).
    static let glob = #"""
"""Filename globbing: glob('*.csv'), glob('**/*.py', recursive=True)."""

import fnmatch
import os
import re

__all__ = ['glob', 'iglob', 'escape', 'has_magic']

magic_check = re.compile('([*?[])')


def has_magic(s):
    return magic_check.search(s) is not None


def escape(pathname):
    drive, pathname = os.path.splitdrive(pathname)
    return drive + magic_check.sub(r'[\1]', pathname)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    pathname = os.fspath(pathname)
    base = os.fspath(root_dir) if root_dir is not None else None
    for found in _glob(pathname, base, recursive, include_hidden):
        yield found


def _join(base, name):
    return os.path.join(base, name) if base else name


def _exists(base, path):
    return os.path.lexists(_join(base, path) if base and not os.path.isabs(path) else path)


def _isdir(base, path):
    return os.path.isdir(_join(base, path) if base and not os.path.isabs(path) else path)


def _glob(pathname, base, recursive, hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(base, pathname):
                yield pathname
        elif _isdir(base, dirname):
            yield pathname
        return
    if not dirname:
        if recursive and basename == '**':
            yield from _glob_double_star(base, '', hidden, dironly=False)
        else:
            yield from _glob_in(base, '', basename, hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = list(_glob(dirname, base, recursive, hidden))
    else:
        dirs = [dirname]
    for d in dirs:
        if not has_magic(basename):
            candidate = os.path.join(d, basename)
            if (basename and _exists(base, candidate)) or (not basename and _isdir(base, d)):
                yield candidate
        elif recursive and basename == '**':
            for name in _glob_double_star(base, d, hidden, dironly=False):
                yield os.path.join(d, name)
        else:
            for name in _glob_in(base, d, basename, hidden):
                yield os.path.join(d, name)


def _list(base, dirname):
    target = _join(base, dirname) if base else (dirname or os.curdir)
    if base and not dirname:
        target = base
    try:
        return os.listdir(target)
    except OSError:
        return []


def _glob_in(base, dirname, pattern, hidden):
    names = _list(base, dirname)
    if not hidden and not pattern.startswith('.'):
        names = [n for n in names if not n.startswith('.')]
    return fnmatch.filter(names, pattern)


def _glob_double_star(base, dirname, hidden, dironly):
    # '**' matches this directory ('') and everything below it.
    yield ''
    yield from _walk(base, dirname, '', hidden, dironly)


def _walk(base, dirname, prefix, hidden, dironly):
    for name in _list(base, dirname):
        if not hidden and name.startswith('.'):
            continue
        full = os.path.join(dirname, name) if dirname else name
        is_dir = _isdir(base, full)
        if not dironly or is_dir:
            yield os.path.join(prefix, name) if prefix else name
        if is_dir and not os.path.islink(_join(base, full) if base else full):
            yield from _walk(base, full, os.path.join(prefix, name) if prefix else name, hidden, dironly)
"""#
}
