import torch
t = torch.tensor([1, 2.5, 3])
print(t, t.dtype)
