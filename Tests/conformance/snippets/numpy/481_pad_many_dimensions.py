import numpy as np

# np.pad of an 11-dimensional array, every mode, views and empty axes.
a = np.array([1, 2, 3])
p = np.pad(a.reshape((1,) * 10 + (3,)), 1)
print(p.shape, p.sum(), p.dtype, p[(1,) * 10])
for mode in ['constant', 'edge', 'reflect', 'symmetric', 'wrap']:
    q = np.pad(np.arange(6).reshape(1, 2, 3), ((1, 0), (2, 1), (0, 4)), mode=mode)
    print(mode, q.shape, q.sum())
    print(q)
print(np.pad(np.arange(12.0).reshape(3, 4).T, 1, constant_values=-1))
print(np.pad(np.arange(10)[::-2], (3, 2), mode='reflect'))
print(np.pad(np.zeros((0, 3)), ((1, 1), (0, 0))))
print(np.pad(np.zeros((0, 3)), ((0, 0), (10**6, 0))).shape)
print(np.pad(np.array(5), 3))
print(np.pad(np.array([True, False]), 1))
print(np.pad(np.arange(4, dtype=np.float32), (2, 3), mode='wrap'))
print(np.pad(np.arange(3), 0), np.pad(np.arange(3), ((0, 0),)))
try:
    np.pad(np.zeros((0, 3)), 1, mode='edge')
except ValueError as e:
    print('ValueError', e)
