import torch
print(torch.tensor([]).sum())
print(torch.tensor([]).mean())
print(torch.zeros(0, 3).sum(0))
