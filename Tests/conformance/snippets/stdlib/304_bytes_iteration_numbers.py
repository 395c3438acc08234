data = bytes([0, 127, 128, 255])
print([b for b in data], [hex(b) for b in data], sum(data), max(data), data[1] + data[2])
signed = [b - 256 if b > 127 else b for b in data]
print(signed, bytes(b ^ 0xFF for b in data), bytes(reversed(data)), data * 0 == b'')
ba = bytearray(data)
for i in range(len(ba)):
    ba[i] = (ba[i] + 1) % 256
print(ba, list(ba), bytes(ba) < data, len(ba))
