import zlib
data = bytes(range(256)) * 40
crc = 0
adler = 1
for i in range(0, len(data), 1000):
    crc = zlib.crc32(data[i:i + 1000], crc)
    adler = zlib.adler32(data[i:i + 1000], adler)
print(crc == zlib.crc32(data), adler == zlib.adler32(data), crc, adler)
print(len(zlib.compress(data)), zlib.decompress(zlib.compress(data, 1)) == data)
