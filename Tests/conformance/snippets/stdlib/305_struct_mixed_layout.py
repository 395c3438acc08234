import struct
layout = '<4sHHIf?x'
packed = struct.pack(layout, b'CGRD', 1, 2, 3000000, 0.25, True)
print(struct.calcsize(layout), len(packed), packed.hex())
magic, major, minor, count, scale, flag = struct.unpack(layout, packed)
print(magic, major, minor, count, scale, flag)
print(struct.unpack('<2H', packed[4:8]), struct.unpack_from('<f', packed, 12))
