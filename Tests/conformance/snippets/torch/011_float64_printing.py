import torch
t = torch.tensor([0.1, 0.2, 0.3], dtype=torch.float64)
print(t)
print(torch.tensor([1.0, 2.0], dtype=torch.double))
print(torch.tensor(2.5, dtype=torch.float64))
