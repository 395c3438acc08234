import torch
t = torch.tensor([1, 2, 3, 4])
print(t.prod())
print(t.cumsum(0))
print(torch.cumprod(t, dim=0))
m = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(m.cumsum(dim=1))
print(m.prod(0))
print(torch.cummax(torch.tensor([1, 3, 2, 5, 4]), 0))
