# Basic slicing of arrays with bounds and steps near or past the 64-bit limits: NumPy clamps
# them as slice.indices does.
import numpy as np
big = [2**62, -2**62, 2**63 - 1, -2**63, 2**64, -2**100, 0, -1, 3, None]
a = np.arange(5)
m = np.arange(12).reshape(3, 4)
for x in big:
    for y in big:
        for z in big:
            try:
                print(x, y, z, a[x:y:z].tolist(), m[x:y:z, ::z].tolist())
            except ValueError as e:
                print(x, y, z, 'ValueError', e)
print(m[::-4611686018427387904])
print(m[::2**62, ::-2**62], m[::2**62].shape, m[:, ::-2**63].shape)
b = np.zeros(6, dtype=int)
b[::2**62] = 7
b[::-2**62] = 9
print(b, b[::2**62] + 1, b[::-2**62].sum())
print(np.delete(np.arange(6), slice(None, None, 2**62)), np.delete(np.arange(6), slice(None, None, -2**62)))
