extension PythonLibrary {
    /// `import os`, in Cellgrad Python (compiled on first import).
    static let os = #"""
"""Operating-system interfaces: files and directories, the environment, os.path."""

import _os
import posixpath as path

name = 'posix'
sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
linesep = '\n'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

error = OSError
environ = _os.environ


class PathLike:
    """An object with __fspath__ (pathlib.Path is one)."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, '__fspath__')


def fspath(path):
    """The file-system text of path: str and bytes unchanged, else path.__fspath__()."""
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(path).__name__}')
    return method(path)


class stat_result:
    """Result from stat or lstat: a 10-tuple with st_* attributes (times as floats)."""

    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
               'st_atime', 'st_mtime', 'st_ctime')

    def __init__(self, values):
        values = tuple(values)
        self._values = values[:7] + tuple(int(t) for t in values[7:10])
        for field, value in zip(self._fields, values):
            setattr(self, field, value)
        self.st_atime_ns = int(values[7] * 1e9)
        self.st_mtime_ns = int(values[8] * 1e9)
        self.st_ctime_ns = int(values[9] * 1e9)

    def __getitem__(self, i):
        return self._values[i]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        return isinstance(other, stat_result) and self._values == other._values

    def __repr__(self):
        inner = ', '.join(f'{f}={v}' for f, v in zip(self._fields, self._values))
        return f'os.stat_result({inner})'


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """A stat_result for path: st_size, st_mtime, st_mode and the other fields of the file's status."""
    return stat_result(_os.stat(fspath(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Like stat, but describes a symbolic link itself instead of its target."""
    return stat_result(_os.stat(fspath(path), False))


def getcwd():
    """The current working directory, as a str."""
    return _os.getcwd()


def chdir(path):
    """Changes the current working directory to path."""
    _os.chdir(fspath(path))


def listdir(path='.'):
    """A list of the names of the entries of the directory path, in arbitrary order, without '.' and '..'."""
    return _os.listdir(fspath(path))


def mkdir(path, mode=0o777, *, dir_fd=None):
    """Creates the directory path; FileExistsError when it exists (see makedirs for parents)."""
    _os.mkdir(fspath(path), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    """Creates directory name and any missing parents; exist_ok=True accepts an existing directory."""
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        # Another step made it, or it was there: only an existing directory is fine.
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path, *, dir_fd=None):
    """Deletes the empty directory path."""
    _os.rmdir(fspath(path))


def removedirs(name):
    """Deletes the directory name, then its parents while they are empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def remove(path, *, dir_fd=None):
    """Deletes the file path (not a directory)."""
    _os.unlink(fspath(path))


unlink = remove


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    """Renames the file or directory src to dst."""
    _os.rename(fspath(src), fspath(dst))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    """Renames src to dst, replacing dst if it exists."""
    _os.rename(fspath(src), fspath(dst))


def access(p, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """True when the current user may access path in mode (F_OK exists, R_OK read, W_OK write, X_OK execute)."""
    # Existence only: cells run as the notebook's user, so permissions rarely differ.
    return path.exists(p)


class DirEntry:
    """One entry of scandir(): name, path, is_dir(), is_file(), stat()."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path)

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'


class _ScandirIterator:
    def __init__(self, directory):
        self._entries = iter([DirEntry(directory, n) for n in listdir(directory)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def close(self):
        pass


def scandir(path='.'):
    """An iterator of DirEntry objects (name, path, is_dir(), is_file()) for the entries of path."""
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """For each directory under top, yields (dirpath, dirnames, filenames); topdown=False yields children first."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    nondirs = []
    for name in names:
        if path.isdir(path.join(top, name)):
            dirs.append(name)
        else:
            nondirs.append(name)
    if topdown:
        yield top, dirs, nondirs
        for name in dirs:
            new_path = path.join(top, name)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for name in dirs:
            new_path = path.join(top, name)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def getenv(key, default=None):
    """The value of the environment variable key, or default when it is not set."""
    return environ.get(key, default)


def putenv(key, value):
    """Sets the environment variable name for child processes (os.environ stays as it is)."""
    _os.putenv(key, value)


def unsetenv(key):
    """Deletes the environment variable name for child processes."""
    _os.unsetenv(key)


def getpid():
    """The process id of the kernel."""
    return _os.getpid()


def cpu_count():
    """The number of logical CPUs of the machine, or None when unknown."""
    return _os.cpu_count()


def urandom(size):
    """size bytes of cryptographically strong randomness from the operating system."""
    return _os.urandom(size)


def get_terminal_size(fd=1):
    """The (columns, lines) size of the terminal attached to fd; a default size when there is none."""
    raise OSError('[Errno 25] Inappropriate ioctl for device')


def system(command):
    """Runs command in a shell; not available in this kernel."""
    raise NotImplementedError('os.system is not supported in Cellgrad: cells cannot run shell commands')


def getlogin():
    """The name of the user logged in on the controlling terminal."""
    return environ.get('USER', 'user')
"""#
}
