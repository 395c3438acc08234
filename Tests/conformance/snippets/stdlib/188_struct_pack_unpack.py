import struct
print(struct.pack('>I', 2051), struct.pack('<I', 2051), struct.pack('>HHb', 1, 2, -3), struct.pack('<q', -2))
print(struct.unpack('>I', b'\x00\x00\x08\x03'), struct.unpack('<hH', b'\xff\xff\xff\xff'), struct.unpack('>4B', b'\x01\x02\x03\x04'))
print(struct.pack('<f', 0.1), struct.pack('>d', 1.5), struct.unpack('<f', struct.pack('<f', 0.1))[0], struct.pack('<e', 0.5))
print(struct.pack('5s', b'abc'), struct.pack('2s', b'abcdef'), struct.unpack('3s', b'xyz'), struct.pack('5p', b'abc'), struct.pack('?c', True, b'z'))
print(struct.calcsize('@bi'), struct.calcsize('<bi'), struct.calcsize('@biq'), struct.calcsize('>ihb'), struct.calcsize('10s'), struct.calcsize('2x3h'))
print(struct.pack('@bi', 1, 2), struct.pack('<bi', 1, 2), struct.pack('!H', 513), struct.pack('=i', 7), struct.unpack('<4xB', b'\x00' * 4 + b'\x07'))
print(struct.unpack_from('>H', b'\x00\x01\x02\x03', 1), list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')), struct.pack('>Q', 0x7FFFFFFFFFFFFFFF))
