extension PythonLibrary {
    /// `import struct`, in Cellgrad Python (compiled on first import).
    static let structModule = #"""
"""Packing Python values into C structs held in bytes, and back: pack, unpack, calcsize,
Struct. Formats: byte order @ = < > !, and x c b B ? h H i I l L q Q n N e f d s p P."""

from _struct import calcsize, error, iter_unpack, pack, unpack, unpack_from

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


def pack_into(format, buffer, offset, *v):
    data = pack(format, *v)
    if not isinstance(buffer, bytearray):
        raise TypeError(f"argument must be read-write bytes-like object, not {type(buffer).__name__}")
    if offset < 0:
        offset += len(buffer)
    if offset < 0 or offset + len(data) > len(buffer):
        raise error(f'pack_into requires a buffer of at least {len(data) + offset} bytes for packing '
                    f'{len(data)} bytes at offset {offset} (actual buffer size is {len(buffer)})')
    buffer[offset:offset + len(data)] = data


class Struct:
    """A compiled format: Struct('<I').pack(7), .unpack(b), .size, .format."""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        if not isinstance(format, str):
            raise TypeError(f'Struct() argument 1 must be a str or bytes object, not {type(format).__name__}')
        self.format = format
        self.size = calcsize(format)

    def pack(self, *v):
        return pack(self.format, *v)

    def pack_into(self, buffer, offset, *v):
        pack_into(self.format, buffer, offset, *v)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)


Struct.__module__ = '_struct'
"""#
}
