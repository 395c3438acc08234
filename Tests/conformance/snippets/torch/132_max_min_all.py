import torch
t = torch.tensor([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]])
print(t.max())
print(t.min())
print(torch.max(t))
print(t.max().item())
