import torch
t = torch.tensor([])
print(t)
print(t.shape, t.dtype, t.numel())
z = torch.zeros(0, 3)
print(z, z.shape)
print(torch.tensor([], dtype=torch.int64))
