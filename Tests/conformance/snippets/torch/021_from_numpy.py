import torch
import numpy as np
a = np.array([1.0, 2.0, 3.0])
t = torch.from_numpy(a)
print(t)
print(t.dtype)
a[0] = 100.0
print(t)
b = np.arange(6, dtype=np.int64).reshape(2, 3)
print(torch.from_numpy(b))
f = np.array([0.5, 1.5], dtype=np.float32)
print(torch.from_numpy(f))
