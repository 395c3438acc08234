import zlib
text = b'the quick brown fox jumps over the lazy dog. ' * 50
sizes = [len(zlib.compress(text, level)) for level in (0, 1, 6, 9)]
print(sizes[0] > sizes[1] >= sizes[3], sizes[0])
raw = zlib.compress(text, 9, -15)
print(raw[:2] != b'x\x9c', zlib.decompress(raw, -15) == text)
gz = zlib.compress(text, 6, 31)
print(gz[:3], zlib.decompress(gz, 31) == text, zlib.decompress(gz, 47) == text, zlib.decompress(zlib.compress(text), 47) == text)
print(zlib.crc32(text) & 0xffffffff, zlib.adler32(text), hex(zlib.crc32(b'')))
