import torch
t = torch.tensor([1.0, 2.0, 3.0])
print(torch.softmax(t, dim=0))
print(t.softmax(0))
print(torch.softmax(t, dim=0).sum())
m = torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
print(torch.softmax(m, dim=1))
print(torch.softmax(m, dim=0))
