extension PythonLibrary {
    /// `import posixpath`, in Cellgrad Python (compiled on first import).
    static let posixpath = #"""
"""Path name manipulations on POSIX paths (os.path)."""

import _os

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename', 'dirname',
           'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime', 'islink', 'exists',
           'lexists', 'isdir', 'isfile', 'ismount', 'expanduser', 'expandvars', 'normpath',
           'abspath', 'samefile', 'sameopenfile', 'samestat', 'curdir', 'pardir', 'sep', 'pathsep',
           'defpath', 'altsep', 'extsep', 'devnull', 'realpath', 'supports_unicode_filenames',
           'relpath', 'commonpath']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _fspath(p):
    if isinstance(p, str):
        return p
    if hasattr(type(p), '__fspath__'):
        return p.__fspath__()
    raise TypeError(f'expected str, bytes or os.PathLike object, not {type(p).__name__}')


def normcase(s):
    """path with its case normalized; unchanged on POSIX."""
    return _fspath(s)


def isabs(s):
    """True when path is absolute (starts with '/')."""
    return _fspath(s).startswith('/')


def join(a, *p):
    """The components joined with '/'; an absolute component discards those before it."""
    a = _fspath(a)
    path = a
    for b in p:
        if not isinstance(b, str) and not hasattr(type(b), '__fspath__'):
            raise TypeError(f'join() argument must be str, bytes, or os.PathLike object, not {type(b).__name__!r}')
        b = _fspath(b)
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    """The pair (head, tail) where tail is the final component of path and head everything before it."""
    p = _fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    """The pair (root, ext) with ext the last extension including its dot: splitext('a/b.tar.gz') is ('a/b.tar', '.gz')."""
    p = _fspath(p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        # A leading run of dots (".bashrc", "..x") is part of the name, not an extension.
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    """The pair (drive, path); drive is always empty on POSIX."""
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """The final component of path: basename('/a/b.txt') is 'b.txt'."""
    p = _fspath(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    """Everything before the final component of path: dirname('/a/b.txt') is '/a'."""
    p = _fspath(p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def commonprefix(m):
    """The longest string prefix common to all the items (character by character, not by component)."""
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def _stat(path, follow=True):
    try:
        return _os.stat(_fspath(path), follow)
    except (OSError, ValueError):
        return None


def exists(path):
    """True when path names an existing file or directory (False for a broken symbolic link)."""
    return _stat(path) is not None


def lexists(path):
    """True when path exists, counting a broken symbolic link."""
    return _stat(path, False) is not None


def isdir(s):
    """True when path is an existing directory."""
    st = _stat(s)
    return st is not None and (st[0] & _S_IFMT) == _S_IFDIR


def isfile(path):
    """True when path is an existing regular file."""
    st = _stat(path)
    return st is not None and (st[0] & _S_IFMT) == _S_IFREG


def islink(path):
    """True when path is a symbolic link."""
    st = _stat(path, False)
    return st is not None and (st[0] & _S_IFMT) == _S_IFLNK


def ismount(path):
    """True when path is a mount point."""
    return abspath(path) == '/'


def getsize(filename):
    """The size of the file path in bytes."""
    return _os.stat(_fspath(filename))[6]


def getatime(filename):
    """The time of last access of path, in seconds since the epoch."""
    return _os.stat(_fspath(filename))[7]


def getmtime(filename):
    """The time of last modification of path, in seconds since the epoch."""
    return _os.stat(_fspath(filename))[8]


def getctime(filename):
    """The time of the last metadata change of path, in seconds since the epoch."""
    return _os.stat(_fspath(filename))[9]


def samestat(s1, s2):
    """True when two stat results describe the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """True when both paths name the same file or directory."""
    a = _os.stat(_fspath(f1))
    b = _os.stat(_fspath(f2))
    return a[1] == b[1] and a[2] == b[2]


def sameopenfile(fp1, fp2):
    """True when both file descriptors refer to the same file."""
    raise NotImplementedError('os.path.sameopenfile is not supported in Cellgrad (no file descriptors)')


def expanduser(path):
    """path with a leading ~ or ~user replaced by that user's home directory."""
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = _os.environ.get('HOME')
        if home is None:
            return path
    else:
        return path
    home = home.rstrip('/')
    return (home + path[i:]) or '/'


def expandvars(path):
    """path with $name and ${name} replaced by the environment variables' values."""
    path = _fspath(path)
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            j = path.find('}', i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_'):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in _os.environ:
            out.append(_os.environ[name])
        else:
            out.append(path[i:end])
        i = end
    return ''.join(out)


def normpath(path):
    """path with redundant separators and . and .. components collapsed: normpath('a//b/../c') is 'a/c'."""
    path = _fspath(path)
    if path == '':
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == '..'):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    """The absolute, normalized form of path."""
    path = _fspath(path)
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path of path, with symbolic links resolved."""
    return abspath(filename)


def relpath(path, start=None):
    """path relative to start (the current directory by default)."""
    path = _fspath(path)
    if not path:
        raise ValueError('no path specified')
    if start is None:
        start = curdir
    start = _fspath(start)
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonpath(paths):
    """The longest common sub-path of the paths, component by component."""
    paths = [_fspath(p) for p in paths]
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    split_paths = [p.split('/') for p in paths]
    try:
        (isabsolute,) = set(p[:1] == '/' for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != '.'] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = '/' if isabsolute else ''
    return prefix + '/'.join(common)
"""#
}
