import torch
t = torch.tensor(3.5)
print(t)
print(t.shape, t.dim(), t.numel())
print(t.item(), type(t.item()).__name__)
i = torch.tensor(7)
print(i, i.item(), type(i.item()).__name__)
