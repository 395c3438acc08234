import struct
value = 0x01020304
for order, name in [('<', 'little'), ('>', 'big'), ('!', 'network'), ('=', 'native std')]:
    print(name, struct.pack(order + 'I', value).hex(), struct.pack(order + 'h', -2).hex(), struct.pack(order + 'q', -1).hex())
print(struct.unpack('<I', struct.pack('>I', value))[0] == 0x04030201, value.to_bytes(4, 'big') == struct.pack('>I', value))
