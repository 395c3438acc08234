extension PythonLibrary {
    /// `import pathlib`, in Cellgrad Python (compiled on first import).
    static let pathlib = #"""
"""Object-oriented filesystem paths: PurePath/PurePosixPath (no I/O) and Path/PosixPath."""

import fnmatch
import os
import posixpath

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']


class PurePath:
    """A path as text split into parts; '/' joins, and nothing touches the filesystem."""

    __slots__ = ('_root', '_parts', '_str')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        pieces = []
        for a in args:
            if isinstance(a, PurePath):
                pieces.append(str(a))
            elif isinstance(a, str):
                pieces.append(a)
            else:
                text = os.fspath(a) if hasattr(type(a), '__fspath__') else None
                if not isinstance(text, str):
                    raise TypeError('argument should be a str object or an os.PathLike object returning '
                                    f"str, not {type(a)!r}")
                pieces.append(text)
        root = ''
        parts = []
        for piece in pieces:
            if piece.startswith('/'):
                root = '/'
                parts = []
            for part in piece.split('/'):
                if part and part != '.':
                    parts.append(part)
        return cls._make(root, parts)

    @classmethod
    def _make(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = tuple(parts)
        self._str = None
        return self

    def _child(self, root, parts):
        return type(self)._make(root, parts)

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + str(self)

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __hash__(self):
        return hash((self._root, self._parts))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._root == other._root and self._parts == other._parts

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self).split('/') < str(other).split('/')

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self).split('/') <= str(other).split('/')

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self).split('/') > str(other).split('/')

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self).split('/') >= str(other).split('/')

    def __truediv__(self, key):
        if isinstance(key, (str, PurePath)) or hasattr(type(key), '__fspath__'):
            return self.joinpath(key)
        return NotImplemented

    def __rtruediv__(self, key):
        if isinstance(key, (str, PurePath)) or hasattr(type(key), '__fspath__'):
            return type(self)(key, self)
        return NotImplemented

    def joinpath(self, *args):
        return type(self)(self, *args)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return ((self._root,) if self._root else ()) + self._parts

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._child(self._root, self._parts[:-1])

    @property
    def parents(self):
        result = []
        parts = self._parts
        while parts:
            parts = parts[:-1]
            result.append(self._child(self._root, parts))
        return tuple(result)

    def with_name(self, name):
        if not self.name:
            raise ValueError(f'{self!r} has an empty name')
        if not name or '/' in name or name == '.':
            raise ValueError(f'Invalid name {name!r}')
        return self._child(self._root, self._parts[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError(f'Invalid suffix {suffix!r}')
        name = self.name
        if not name:
            raise ValueError(f'{self!r} has an empty name')
        old = self.suffix
        base = name[:len(name) - len(old)] if old else name
        return self._child(self._root, self._parts[:-1] + (base + suffix,))

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        base = type(self)(*other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            raise ValueError(f'{str(self)!r} is not in the subpath of {str(base)!r} OR one path is '
                             'relative and the other is absolute.')
        return self._child('', self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return self._root == '/'

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        pattern = PurePosixPath(path_pattern)
        pattern_parts = pattern.parts
        if not pattern_parts:
            raise ValueError('empty pattern')
        parts = self.parts
        if pattern._root:
            if len(pattern_parts) != len(parts):
                return False
        elif len(pattern_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pattern_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True

    def __reduce__(self):
        return (self.__class__, (str(self),))


class PurePosixPath(PurePath):
    __slots__ = ()


class PureWindowsPath(PurePath):
    def __new__(cls, *args):
        raise NotImplementedError('PureWindowsPath is not supported in Cellgrad (POSIX paths only)')


class Path(PurePath):
    """A path on this machine's filesystem: the PurePath operations plus I/O."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        if strict and not self.exists():
            os.stat(str(self))
        return type(self)(os.path.abspath(str(self)))

    def expanduser(self):
        return type(self)(os.path.expanduser(str(self)))

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(str(self))

    def exists(self):
        return os.path.exists(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_symlink(self):
        return os.path.islink(str(self))

    def is_mount(self):
        return os.path.ismount(str(self))

    def samefile(self, other_path):
        return os.path.samefile(str(self), os.fspath(other_path))

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        if 'b' in mode:
            return open(str(self), mode)
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f'data must be str, not {type(data).__name__}')
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_bytes(self, data):
        with self.open('wb') as f:
            return f.write(bytes(data))

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(f"[Errno 17] File exists: '{self}'")
            return
        import _os
        _os.write_bytes(str(self), b'', True)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(str(self), os.fspath(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), os.fspath(target))
        return type(self)(target)

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._child(self._root, self._parts + (name,))

    def glob(self, pattern):
        if not pattern:
            raise ValueError(f'Unacceptable pattern: {pattern!r}')
        if pattern.startswith('/'):
            raise NotImplementedError('Non-relative patterns are unsupported')
        pieces = [p for p in pattern.split('/') if p and p != '.']
        seen = set()
        for found in self._select(self, pieces):
            key = str(found)
            if key not in seen:
                seen.add(key)
                yield found

    def rglob(self, pattern):
        return self.glob('**/' + pattern)

    def _select(self, base, pieces):
        if not pieces:
            yield base
            return
        head, rest = pieces[0], pieces[1:]
        if head == '**':
            for directory in self._walk_dirs(base):
                yield from self._select(directory, rest)
            return
        if not _has_magic(head):
            candidate = base / head
            if rest:
                if candidate.is_dir():
                    yield from self._select(candidate, rest)
            elif candidate.exists():
                yield candidate
            return
        try:
            names = os.listdir(str(base))
        except OSError:
            return
        for name in names:
            if name.startswith('.') and not head.startswith('.'):
                continue
            if fnmatch.fnmatchcase(name, head):
                child = base / name
                if rest:
                    if child.is_dir():
                        yield from self._select(child, rest)
                else:
                    yield child

    def _walk_dirs(self, base):
        yield base
        try:
            names = os.listdir(str(base))
        except OSError:
            return
        for name in names:
            child = base / name
            if child.is_dir() and not child.is_symlink():
                yield from self._walk_dirs(child)

    def chmod(self, mode, *, follow_symlinks=True):
        raise NotImplementedError('Path.chmod is not supported in Cellgrad')

    def owner(self):
        raise NotImplementedError('Path.owner is not supported in Cellgrad')

    def group(self):
        raise NotImplementedError('Path.group is not supported in Cellgrad')

    def readlink(self):
        raise NotImplementedError('Path.readlink is not supported in Cellgrad')

    def symlink_to(self, target, target_is_directory=False):
        raise NotImplementedError('Path.symlink_to is not supported in Cellgrad')

    def hardlink_to(self, target):
        raise NotImplementedError('Path.hardlink_to is not supported in Cellgrad')

    def is_block_device(self):
        return False

    def is_char_device(self):
        return False

    def is_fifo(self):
        return False

    def is_socket(self):
        return False


def _has_magic(text):
    return '*' in text or '?' in text or '[' in text


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    def __new__(cls, *args, **kwargs):
        raise NotImplementedError('WindowsPath is not supported in Cellgrad (POSIX paths only)')
"""#
}
