import torch
t = torch.tensor([[True, False], [True, True]])
print(t.any(), t.all())
print(t.any(dim=0), t.all(dim=1))
print(torch.any(torch.tensor([0, 0, 1])))
print(torch.all(torch.tensor([1.0, 2.0])))
