import numpy as np

img = np.arange(24, dtype=np.uint8).reshape(2, 3, 4) * 11
print(repr(img))
print(repr(img[1]), repr(img[:, 1, ::2]))
print(repr(img[img > 200]))
idx = np.array([2, 0], dtype=np.uint8)
print(repr(img[0, idx]))
print(repr(img.transpose(2, 0, 1)[0]))
print(img.tolist()[1][2])
print(img.dtype, img.dtype.kind, img.dtype.str, img.dtype.name, img.dtype.itemsize)
print(np.dtype('uint8'), np.dtype(np.uint8) == np.uint8, img.dtype == 'uint8')
print(repr(np.sort(img[1, 2])[::-1]), repr(np.unique(img % 5)))
print(repr(np.frombuffer(b'\x01\xff\x80', dtype=np.uint8)))
print(repr(np.array([3, 1, 2], dtype='u1')))
np.save('pixels.npy', img)
back = np.load('pixels.npy')
print(back.dtype, repr(back[0, 0]), np.array_equal(back, img))
print(img.sum(axis=(1, 2)).tolist(), img.max(axis=0).dtype)
print(repr(img.astype(np.float32)[0, 0] / 255))
print(str(img[0]))
print(repr(np.concatenate([img[0], img[1]])[:, 0]))
print(repr(np.stack([img[0, 0], img[1, 0]])))
x = img.copy()
x[0, 0, 0] = 255
x[1] = 7
try:
    x[0, 0, 1] = 256
except OverflowError as e:
    print(type(e).__name__, e)
try:
    np.array([1, 300], dtype=np.uint8)
except OverflowError as e:
    print(type(e).__name__, e)
print(repr(x[:, 0]))
print(repr(np.uint8(200)), repr(np.uint8(200) + np.uint8(100)))
print(repr(img.reshape(-1)[:5].astype(str)))
