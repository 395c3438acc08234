print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (255).to_bytes(1, 'big'), (0).to_bytes(4, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True), (5).to_bytes(8, 'big'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes([1, 0], 'big'), int.from_bytes(b'', 'big'), int.from_bytes(b'\x00\x00\x08\x03', 'big'), int.from_bytes(b'\x80', 'big', signed=True))
for bad in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (1).to_bytes(1, 'middle'), lambda: (128).to_bytes(1, 'big', signed=True)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
