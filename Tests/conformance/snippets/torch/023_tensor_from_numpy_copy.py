import torch
import numpy as np
a = np.array([1, 2, 3])
t = torch.tensor(a)
a[0] = 9
print(t, t.dtype)
u = torch.as_tensor(a)
a[1] = 8
print(u)
print(torch.tensor(np.array([1.5, 2.5], dtype=np.float32)))
