import torch
z = torch.zeros(2, 4)
idx = torch.tensor([[1], [3]])
print(z.scatter(1, idx, 1.0))
z.scatter_(1, torch.tensor([[0, 2], [1, 1]]), torch.tensor([[5.0, 6.0], [7.0, 8.0]]))
print(z)
a = torch.zeros(5)
a.scatter_add_(0, torch.tensor([0, 1, 1, 4]), torch.tensor([1.0, 2.0, 3.0, 4.0]))
print(a)
