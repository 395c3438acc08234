import struct
s = struct.Struct('>IIII')
header = s.pack(2051, 60000, 28, 28)
print(s.size, s.format, header, s.unpack(header), s.unpack_from(header + b'rest'))
buf = bytearray(8)
struct.pack_into('<HH', buf, 2, 1, 2)
print(buf)
for f, v in [('b', 200), ('B', 300), ('h', 70000), ('>H', -1), ('i', 2 ** 40), ('I', -1), ('c', b'ab'), ('i', 'a'), ('f', 'x'), ('3s', 'ab'), ('<e', 1e10)]:
    try:
        print(struct.pack(f, v))
    except Exception as e:
        print(f, type(e).__name__, e)
for f, b in [('i', b'ab'), ('<hh', b'abc'), ('z', b'')]:
    try:
        print(struct.unpack(f, b))
    except struct.error as e:
        print(f, 'error', e)
for bad in [lambda: struct.pack('ii', 1), lambda: struct.pack('i', 1, 2), lambda: struct.calcsize('3'), lambda: struct.unpack_from('<I', b'abc', 1)]:
    try:
        bad()
    except struct.error as e:
        print('error', e)
print(struct.error.__module__, issubclass(struct.error, Exception))
