import torch
import numpy as np
t = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
a = t.numpy()
print(type(a).__name__, a.dtype, a.shape)
print(a)
t[0, 0] = -1.0
print(a)
print(torch.arange(3).numpy())
print(torch.tensor([True, False]).numpy())
