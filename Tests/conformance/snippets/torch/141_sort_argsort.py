import torch
t = torch.tensor([3.0, 1.0, 2.0, 5.0, 4.0])
print(torch.sort(t))
s, i = t.sort(descending=True)
print(s, i)
print(t.argsort())
m = torch.tensor([[3, 1, 2], [9, 7, 8]])
print(m.sort(dim=1).values)
print(torch.argsort(m, dim=1, descending=True))
