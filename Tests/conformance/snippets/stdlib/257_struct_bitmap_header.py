import struct
width, height = 4, 2
row = bytes([255, 0, 0] * width)
pad = (4 - len(row) % 4) % 4
pixels = (row + bytes(pad)) * height
header = struct.pack('<2sIHHI', b'BM', 14 + 40 + len(pixels), 0, 0, 54)
info = struct.pack('<IiiHHIIiiII', 40, width, height, 1, 24, 0, len(pixels), 2835, 2835, 0, 0)
bmp = header + info + pixels
print(len(bmp), bmp[:2], struct.unpack_from('<I', bmp, 2), struct.unpack_from('<ii', bmp, 18))
sig, size, _, _, offset = struct.unpack('<2sIHHI', bmp[:14])
print(sig, size, offset, struct.calcsize('<2sIHHI'), struct.calcsize('<IiiHHIIiiII'))
