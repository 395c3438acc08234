import struct
fmt = '<10sIf'
rec = struct.Struct(fmt)
rows = [(b'alice', 31, 1.65), (b'bob', 25, 1.8), (b'christopher', 40, 1.72)]
blob = b''.join(rec.pack(*r) for r in rows)
print(rec.size, len(blob))
for name, age, height in rec.iter_unpack(blob):
    print(name.rstrip(b'\x00').decode(), age, round(height, 2))
print(struct.unpack_from(fmt, blob, rec.size))
print(struct.calcsize('@cid'), struct.calcsize('=cid'), struct.calcsize('@dci'), struct.pack('@ci', b'a', 1))
