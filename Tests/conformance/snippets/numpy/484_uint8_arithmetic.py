import numpy as np

a = np.array([250, 3, 7], dtype=np.uint8)
print(repr(a), a.dtype, a.itemsize, a.nbytes)
print(repr(a + 10))
print(repr(a + a))
print(repr(a - a[::-1]))
print(repr(a * 2), repr(a // 2), repr(a % 3), repr(a ** 2))
print(repr(-a), repr(abs(a)), repr(np.square(a)), repr(np.sign(a)))
print(repr(a / 2))
print(repr(a + 1.5))
print(repr(a + np.int64(1)))
print(repr(a + np.float32(1)))
print(repr(a + True), repr(a * np.array([True, False, True])))
print(repr(a.reshape(3, 1) + a))
print(repr(a < 300), repr(a == -1), repr(a > 5))
print(repr(np.minimum(a, 4)), repr(np.maximum(a, 100)))
print(repr(np.clip(a, 5, 100)))
print(repr(np.where(a > 5, a, 0)))
print(repr(np.floor(a)))
print(repr(a[1]), str(a[1]), type(a[1]).__name__)
print(repr(a[1] + 1), type(a[1] + 1).__name__)
print(repr(a.max()), repr(a.min()), repr(a.argmax()))
print(int(a.sum()), int(a.prod()), repr(a.mean()), repr(a.std()))
print(repr(a @ a), repr(np.dot(a, a)))
try:
    a + 300
except OverflowError as e:
    print(type(e).__name__, e)
try:
    a[0] + -1
except OverflowError as e:
    print(type(e).__name__, e)
b = a.copy()
b += 10
print(repr(b))
b *= 3
print(repr(b))
print(repr(np.array([-1.0, 300.0, 3.7]).astype(np.uint8)))
print(repr(np.array([1, 256, 511, -1]).astype(np.uint8)))
print(repr(a.astype(np.int64)), repr(a.astype(np.float32)), repr(a.astype(bool)))
print(repr(np.zeros(3, np.uint8)), repr(np.ones((2, 2), dtype='uint8')), repr(np.arange(5, dtype=np.uint8)))
print(repr(np.full(2, 7, dtype=np.uint8)))
print(np.promote_types(np.uint8, np.int64), np.promote_types(np.uint8, np.float32), np.promote_types(np.uint8, np.bool_))
print((a + np.zeros(3)).dtype, (a + np.zeros(3, np.float32)).dtype, (a + np.arange(3)).dtype)
