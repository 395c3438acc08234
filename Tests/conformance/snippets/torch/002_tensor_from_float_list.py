import torch
t = torch.tensor([1.0, 2.5, -3.25])
print(t)
print(t.dtype)
print(t.size())
