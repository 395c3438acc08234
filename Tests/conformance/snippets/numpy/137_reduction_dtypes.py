import numpy as np
i = np.arange(4)
f = np.arange(4, dtype=np.float32)
print(repr(i.sum()), repr(i.mean()), repr(f.sum()), repr(f.mean()))
print(i.sum().dtype, f.mean().dtype, i.max().dtype)
print(repr(np.array([True, False]).sum()))
