import torch
t = torch.tensor([10, 20, 30, 40, 50])
print(t[torch.tensor([0, 2, 4])])
print(t[[1, 1, 3]])
print(t[torch.tensor([[0, 1], [3, 4]])])
m = torch.arange(12).reshape(3, 4)
print(m[[0, 2]])
print(m[[0, 1, 2], [3, 2, 1]])
print(m[torch.arange(3), torch.tensor([0, 0, 1])])
