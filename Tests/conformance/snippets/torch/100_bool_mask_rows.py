import torch
m = torch.arange(12.0).reshape(4, 3)
rows = torch.tensor([True, False, True, False])
print(m[rows])
print(m[:, torch.tensor([False, True, True])])
