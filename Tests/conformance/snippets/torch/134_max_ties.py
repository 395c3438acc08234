import torch
t = torch.tensor([[1, 3, 3], [2, 2, 0]])
print(t.max(dim=1))
print(t.argmax(dim=1))
print(t.min(dim=1))
print(torch.tensor([0.5, 0.5, 0.5]).argmax())
