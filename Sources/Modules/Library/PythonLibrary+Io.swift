extension PythonLibrary {
    /// `import io`, in Cellgrad Python (compiled on first import).
    static let io = #"""
"""Streams: in-memory text (StringIO) and bytes (BytesIO), binary files (what open(..., 'rb')
returns) and TextIOWrapper over a binary stream."""

import _os

__all__ = ['open', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO', 'StringIO',
           'BufferedIOBase', 'BufferedReader', 'BufferedWriter', 'BufferedRWPair',
           'BufferedRandom', 'TextIOBase', 'TextIOWrapper', 'UnsupportedOperation', 'SEEK_SET',
           'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'text_encoding',
           'IncrementalNewlineDecoder', 'open_code']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192
open = open


class UnsupportedOperation(OSError, ValueError):
    """Raised when a stream does not support the requested operation (reading a write-only file, seeking a pipe)."""
    pass


class IOBase:
    """The base of every stream: context manager, iteration by lines, closed."""

    closed = False

    def _check_open(self, what='I/O operation on closed file.'):
        if self.closed:
            raise ValueError(what)

    def close(self):
        self.closed = True

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def flush(self):
        self._check_open()

    def isatty(self):
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()


class RawIOBase(IOBase):
    """Base class of unbuffered binary streams."""
    pass


class BufferedIOBase(IOBase):
    """Base class of binary streams that buffer their reads and writes."""
    pass


class TextIOBase(IOBase):
    """Base class of text streams: read and write str."""
    pass


class _MemoryStream:
    """Read, readline, seek and tell over an indexable buffer (str or bytearray); the
    subclasses say what an empty value is and how a slice is returned."""

    def _slice(self, start, end):
        return self._data[start:end]

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            end = len(self._data)
        else:
            end = min(len(self._data), self._pos + size)
        start = min(self._pos, len(self._data))
        self._pos = max(self._pos, end)
        return self._slice(start, end)

    def readline(self, size=-1):
        self._check_open()
        end = self._data.find(self._newline, self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        start = min(self._pos, len(self._data))
        self._pos = max(self._pos, end)
        return self._slice(start, end)

    def tell(self):
        self._check_open()
        return self._pos

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True


class StringIO(_MemoryStream, TextIOBase):
    """A text buffer with the file methods: write, read, readline, seek, tell, getvalue."""

    _newline = '\n'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        self._data = initial_value
        self._pos = 0
        self.closed = False

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        end = self._pos + len(s)
        if self._pos > len(self._data):
            self._data += '\0' * (self._pos - len(self._data))
        self._data = self._data[:self._pos] + s + self._data[end:]
        self._pos = end
        return len(s)

    def _check_open(self, what='I/O operation on closed file'):
        if self.closed:
            raise ValueError(what)

    def getvalue(self):
        self._check_open()
        return self._data

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._data)
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        self._data = self._data[:size]
        return size


class BytesIO(_MemoryStream, BufferedIOBase):
    """A bytes buffer with the file methods: write, read, readline, seek, tell, getvalue."""

    _newline = b'\n'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        if not isinstance(initial_bytes, (bytes, bytearray)):
            raise TypeError(f"a bytes-like object is required, not '{type(initial_bytes).__name__}'")
        self._data = bytearray(initial_bytes)
        self._pos = 0
        self.closed = False

    def _slice(self, start, end):
        return bytes(self._data[start:end])

    def _check_open(self, what='I/O operation on closed file.'):
        if self.closed:
            raise ValueError(what)

    def write(self, b):
        self._check_open()
        if not isinstance(b, (bytes, bytearray)):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        if self._pos > len(self._data):
            self._data.extend(bytes(self._pos - len(self._data)))
        end = self._pos + len(b)
        self._data[self._pos:end] = b
        self._pos = end
        return len(b)

    def read1(self, size=-1):
        return self.read(size)

    def getvalue(self):
        self._check_open()
        return bytes(self._data)

    def getbuffer(self):
        raise NotImplementedError('BytesIO.getbuffer (memoryview) is not supported in Cellgrad; use getvalue()')

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._data) + pos)
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        del self._data[size:]
        return size


class BufferedReader(BytesIO):
    """A binary file opened for reading ('rb'): its bytes are read when it is opened."""

    def __init__(self, name, mode='rb'):
        BytesIO.__init__(self, _os.read_bytes(name))
        self.name = name
        self.mode = mode

    def write(self, b):
        self._check_open()
        raise UnsupportedOperation('write')

    def writable(self):
        self._check_open()
        return False

    def peek(self, size=0):
        self._check_open()
        return bytes(self._data[self._pos:])

    def _check_open(self, what=None):
        if self.closed:
            raise ValueError('read of closed file' if what is None else what)

    def __repr__(self):
        return f'<_io.BufferedReader name={self.name!r}>'


class BufferedWriter(BufferedIOBase):
    """A binary file opened for writing ('wb', 'ab', 'xb'); each write goes to the file."""

    def __init__(self, name, mode='wb'):
        self.name = name
        self.mode = mode
        self.closed = False
        if 'x' in mode and _os_exists(name):
            raise FileExistsError(f"[Errno 17] File exists: '{name}'")
        if 'a' in mode:
            _os.write_bytes(name, b'', True)
            self._pos = _os.stat(name)[6]
        else:
            _os.write_bytes(name, b'', False)
            self._pos = 0

    def write(self, b):
        self._check_open('write to closed file')
        if not isinstance(b, (bytes, bytearray)):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        _os.write_bytes(self.name, bytes(b), True)
        self._pos += len(b)
        return len(b)

    def read(self, size=-1):
        self._check_open()
        raise UnsupportedOperation('read')

    def readline(self, size=-1):
        self._check_open()
        raise UnsupportedOperation('read')

    def tell(self):
        self._check_open()
        return self._pos

    def writable(self):
        self._check_open()
        return True

    def __repr__(self):
        return f'<_io.BufferedWriter name={self.name!r}>'


def _os_exists(name):
    try:
        _os.stat(name)
        return True
    except OSError:
        return False


class BufferedRandom(BufferedIOBase):
    """A buffered binary stream that can read, write and seek."""
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("binary read-write files ('r+b', 'w+b') are not supported in Cellgrad")


FileIO = BufferedRandom
BufferedRWPair = BufferedRandom


def _open_binary(name, mode):
    # Called by open() for binary modes.
    if '+' in mode:
        raise NotImplementedError(f"binary file mode '{mode}' is not supported in Cellgrad")
    if 'r' in mode:
        return BufferedReader(name, mode)
    return BufferedWriter(name, mode)


class TextIOWrapper(StringIO):
    """Text over a binary stream: reading decodes all of it at once; writes are encoded
    through to the stream."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        self.buffer = buffer
        self.encoding = encoding or 'utf-8'
        self.errors = errors or 'strict'
        text = ''
        if buffer.readable():
            text = buffer.read().decode(self.encoding, self.errors)
            if newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
        StringIO.__init__(self, text)

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        self.buffer.write(s.encode(self.encoding, self.errors))
        return len(s)

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def close(self):
        if not self.closed:
            self.buffer.close()
        self.closed = True

    def __repr__(self):
        return f'<_io.TextIOWrapper encoding={self.encoding!r}>'


class IncrementalNewlineDecoder:
    r"""Decodes text in pieces, translating \r\n and \r newlines to \n when asked."""
    def __init__(self, *args, **kwargs):
        raise NotImplementedError('io.IncrementalNewlineDecoder is not supported in Cellgrad')


def text_encoding(encoding, stacklevel=2):
    """The encoding a text stream uses: encoding itself, or 'utf-8' when it is None."""
    return 'utf-8' if encoding is None else encoding


def open_code(path):
    """Opens path for reading as a binary file, as the import system reads source code."""
    return open(path, 'rb')
"""#
}
