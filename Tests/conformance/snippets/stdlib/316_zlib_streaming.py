import zlib
data = ''.join('line %d of the training log: loss=%.4f\n' % (i, 1 / (i + 1)) for i in range(400)).encode()
c = zlib.compressobj()
parts = [c.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
parts.append(c.flush())
stream = b''.join(parts)
print(len(stream), stream == zlib.compress(data), zlib.decompress(stream) == data)
print([len(p) for p in parts])
d = zlib.decompressobj()
out = b''
for i in range(0, len(stream), 300):
    out += d.decompress(stream[i:i + 300])
out += d.flush()
print(out == data, d.eof, d.unused_data, d.unconsumed_tail)
d2 = zlib.decompressobj()
first = d2.decompress(stream, 100)
print(len(first), len(d2.unconsumed_tail) > 0, d2.eof)
rest = d2.decompress(d2.unconsumed_tail)
print(first + rest == data, d2.eof)
d3 = zlib.decompressobj()
print(d3.decompress(stream + b'EXTRA') == data, d3.unused_data, d3.eof)
c = zlib.compressobj(9, zlib.DEFLATED, -15)
raw = c.compress(b'hello hello hello') + c.flush()
print(raw, zlib.decompress(raw, -15))
c = zlib.compressobj(wbits=31)
gz = c.compress(b'gzip framed') + c.flush()
print(gz[:3], zlib.decompress(gz, 31))
c = zlib.compressobj()
a = c.compress(b'abc')
b = c.flush(zlib.Z_SYNC_FLUSH)
e = c.compress(b'def')
f = c.flush()
print(a, b, e, f, zlib.decompress(a + b + e + f))
try:
    c.compress(b'more')
except zlib.error as err:
    print('error:', err)
d = zlib.decompressobj()
try:
    d.decompress(b'not zlib data at all')
except zlib.error as err:
    print('error:', err)
print(zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_NO_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_DEFAULT_STRATEGY, zlib.DEF_BUF_SIZE)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
