import torch
a = torch.arange(0, 1, 0.1)
print(a)
print(len(a))
print(torch.arange(-1, 1, 0.5))
print(torch.arange(0.5, 3))
print(torch.arange(3).dtype, torch.arange(3.0).dtype, torch.arange(0, 3, 1.0).dtype)
