extension PythonLibrary {
    /// `import gzip`, in Cellgrad Python (compiled on first import).
    static let gzip = #"""
"""gzip files and buffers over zlib: open, GzipFile, compress, decompress.

A GzipFile opened for reading inflates the whole file when it is opened (MNIST's files are
a few megabytes); one opened for writing compresses what was written when it is closed."""

import io
import struct
import time
import zlib

__all__ = ['BadGzipFile', 'GzipFile', 'open', 'compress', 'decompress']

READ = 'rb'
WRITE = 'wb'
FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
_BEST = 9
_open = open


class BadGzipFile(OSError):
    """The data is not in gzip format."""


def _header(level, mtime, name=b''):
    if mtime is None:
        mtime = time.time()
    flags = FNAME if name else 0
    extra_flags = 2 if level == _BEST else (4 if level == 1 else 0)
    head = b'\x1f\x8b\x08' + bytes([flags]) + struct.pack('<L', int(mtime) & 0xffffffff)
    head += bytes([extra_flags, 255])
    if name:
        head += name + b'\x00'
    return head


def compress(data, compresslevel=_BEST, *, mtime=None):
    if mtime == 0:
        # zlib's own gzip framing writes a zero mtime.
        return zlib.compress(data, level=compresslevel, wbits=31)
    body = zlib.compress(data, level=compresslevel, wbits=-15)
    return _header(compresslevel, mtime) + body + struct.pack('<LL', zlib.crc32(data), len(data) & 0xffffffff)


def _member_end(data, start):
    """Checks the header of the member at `start`; returns where its deflate stream begins."""
    if len(data) - start < 10:
        raise EOFError('Compressed file ended before the end-of-stream marker was reached')
    magic = data[start:start + 2]
    if magic != b'\x1f\x8b':
        raise BadGzipFile(f'Not a gzipped file ({magic!r})')
    method, flags = data[start + 2], data[start + 3]
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    pos = start + 10
    if flags & FEXTRA:
        (extra_len,) = struct.unpack('<H', data[pos:pos + 2])
        pos += 2 + extra_len
    for flag in (FNAME, FCOMMENT):
        if flags & flag:
            end = data.find(b'\x00', pos)
            if end < 0:
                raise EOFError('Compressed file ended before the end-of-stream marker was reached')
            pos = end + 1
    if flags & FHCRC:
        pos += 2
    return pos


def decompress(data):
    """The data of a gzip member (a second member, rare outside `cat a.gz b.gz`, is not read)."""
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
    data = bytes(data)
    _member_end(data, 0)
    try:
        return zlib.decompress(data, wbits=31)
    except zlib.error as e:
        if 'incomplete or truncated' in str(e):
            raise EOFError('Compressed file ended before the end-of-stream marker was reached') from None
        raise BadGzipFile(str(e)) from None


class GzipFile(io.BufferedIOBase):
    """A gzip file read or written like a binary file."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError(f'Invalid mode: {mode!r}')
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = _open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        self.name = filename
        self.fileobj = fileobj
        self.compresslevel = compresslevel
        self.mtime = mtime
        self.closed = False
        if mode.startswith('r'):
            self.mode = 1
            self._buffer = io.BytesIO(decompress(fileobj.read()))
        elif mode[:1] in ('w', 'a', 'x'):
            self.mode = 2
            self._pending = []
        else:
            raise ValueError(f'Invalid mode: {mode!r}')

    def __repr__(self):
        return f'<gzip {self.fileobj!r} {hex(id(self))}>'

    def _check_mode(self, wanted, op):
        if self.closed:
            raise ValueError(f'{op} on closed file' if op == 'write' else 'I/O operation on closed file.')
        if self.mode != wanted:
            raise OSError(9, f'{op}() on {"read-only" if wanted == 2 else "write-only"} GzipFile object')

    def read(self, size=-1):
        self._check_mode(1, 'read')
        return self._buffer.read(size)

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, n):
        self._check_mode(1, 'peek')
        pos = self._buffer.tell()
        data = self._buffer.read(max(n, 1))
        self._buffer.seek(pos)
        return data

    def readline(self, size=-1):
        self._check_mode(1, 'readline')
        return self._buffer.readline(size)

    def seek(self, offset, whence=0):
        self._check_mode(1, 'seek')
        return self._buffer.seek(offset, whence)

    def tell(self):
        if self.mode == 1:
            return self._buffer.tell()
        return sum(len(p) for p in self._pending)

    def rewind(self):
        self.seek(0)

    def write(self, data):
        self._check_mode(2, 'write')
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
        self._pending.append(bytes(data))
        return len(data)

    def readable(self):
        return self.mode == 1

    def writable(self):
        return self.mode == 2

    def seekable(self):
        return True

    def flush(self, zlib_mode=None):
        pass

    def close(self):
        if self.closed:
            return
        if self.mode == 2:
            name = self.name
            if isinstance(name, str):
                base = name.replace('\\', '/').rsplit('/', 1)[-1]
                if base.endswith('.gz'):
                    base = base[:-3]
                name = base.encode('latin-1', 'replace')
            data = b''.join(self._pending)
            body = zlib.compress(data, level=self.compresslevel, wbits=-15)
            self.fileobj.write(_header(self.compresslevel, self.mtime, name) + body +
                               struct.pack('<LL', zlib.crc32(data), len(data) & 0xffffffff))
        if self.myfileobj is not None:
            self.myfileobj.close()
        self.closed = True


def open(filename, mode='rb', compresslevel=_BEST, encoding=None, errors=None, newline=None):
    if 't' in mode:
        if 'b' in mode:
            raise ValueError(f'Invalid mode: {mode!r}')
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes)) or hasattr(filename, '__fspath__'):
        import os
        binary_file = GzipFile(os.fspath(filename), gz_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError('filename must be a str or bytes object, or a file')
    if 't' in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file
"""#
}
