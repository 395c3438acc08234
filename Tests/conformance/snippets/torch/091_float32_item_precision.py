import torch
a = torch.tensor(0.1) + torch.tensor(0.2)
print(a, a.item())
print(torch.tensor(1 / 3).item())
print(torch.tensor(1 / 3, dtype=torch.float64).item())
print(torch.arange(1000.0).sum().item())
print(torch.tensor([16777216.0]) + 1)
print(float(torch.tensor(2.5)) * 2)
