import torch
f = torch.tensor([1.0, 2.0])
d0 = torch.tensor(2.0, dtype=torch.float64)
print(f * d0)
print((f * d0).dtype)
i0 = torch.tensor(3)
print(f * i0)
i = torch.tensor([1, 2])
print(i * torch.tensor(1.5))
