import struct
values = [0.0, -0.0, 1.0, 0.1, 3.141592653589793, 1e300, -2.5e-10, float('inf')]
for v in values:
    d = struct.pack('<d', v)
    try:
        f = struct.unpack('<f', struct.pack('<f', v))[0]
    except OverflowError as e:
        f = f'OverflowError: {e}'
    print(v, d.hex(), struct.unpack('<d', d)[0] == v, f)
print(struct.unpack('>e', struct.pack('>e', 0.1))[0], struct.pack('<e', 65504.0), struct.unpack('<e', b'\x00\x7c'))
nan = struct.unpack('<d', struct.pack('<d', float('nan')))[0]
print(nan != nan)
