import torch
a = torch.tensor([[1.0], [2.0], [3.0]])
b = torch.tensor([10.0, 20.0])
print(a + b)
print((a * b).shape)
m = torch.arange(6.0).reshape(2, 3)
print(m + torch.tensor([100.0, 200.0, 300.0]))
print(m - m.mean(dim=0))
