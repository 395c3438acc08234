import zlib
data = b'hello hello hello hello ' * 20
c = zlib.compress(data)
print(len(data), len(c) < len(data), zlib.decompress(c) == data, c[:2])
print(zlib.compress(b'hello'), zlib.compress(b'hello', 1), zlib.compress(b'', 9), zlib.compress(b'hello', level=0))
print(zlib.decompress(zlib.compress(b'abc', wbits=-15), wbits=-15), zlib.decompress(zlib.compress(b'abc', wbits=31), wbits=31), zlib.decompress(zlib.compress(b'xyz', wbits=31), 47))
print(zlib.crc32(b'hello'), zlib.crc32(b'world', zlib.crc32(b'hello ')), zlib.crc32(b'hello world'), zlib.adler32(b'hello'), zlib.crc32(b''))
for bad in [lambda: zlib.decompress(b'abc'), lambda: zlib.decompress(zlib.compress(b'hello')[:-3]), lambda: zlib.compress('x')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION)
