data = bytes(range(0, 40, 2)) + b'Cellgrad!\x00\xff'
for offset in range(0, len(data), 8):
    chunk = data[offset:offset + 8]
    hexpart = ' '.join(f'{b:02x}' for b in chunk)
    text = ''.join(chr(b) if 32 <= b < 127 else '.' for b in chunk)
    print(f'{offset:04x}  {hexpart:<23}  {text}')
print(data[:4].hex(), sum(data) % 256, max(data), min(data), data.count(0))
