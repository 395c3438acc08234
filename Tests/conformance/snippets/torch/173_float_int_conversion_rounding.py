import torch
t = torch.tensor([2.5, 3.5, -2.5, 0.49999])
print(t.round())
print(t.long())
print(torch.round(torch.tensor([1.005, 2.675]), decimals=2))
print(torch.tensor([0.1 + 0.2]).item())
print(torch.tensor([0.1 + 0.2], dtype=torch.float64).item())
