import struct
import numpy as np
images = np.arange(2 * 3 * 3, dtype=np.uint8).reshape(2, 3, 3)
labels = [7, 2]
blob = struct.pack('>IIII', 2051, 2, 3, 3) + bytes(images.flatten().tolist())
lblob = struct.pack('>II', 2049, 2) + bytes(labels)
with open('imgs.idx', 'wb') as f:
    f.write(blob)
with open('imgs.idx', 'rb') as f:
    magic, n, rows, cols = struct.unpack('>IIII', f.read(16))
    pixels = f.read()
print(magic, n, rows, cols, len(pixels))
arr = np.array(list(pixels), dtype=np.uint8).reshape(n, rows, cols)
print(arr[1])
magic, count = struct.unpack_from('>II', lblob)
print(magic, count, list(lblob[8:]))
print(magic == 2049, struct.unpack('>B', bytes([magic & 0xff])))
