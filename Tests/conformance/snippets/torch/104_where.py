import torch
x = torch.tensor([-2.0, -1.0, 0.0, 1.0, 2.0])
print(torch.where(x > 0, x, torch.zeros_like(x)))
print(torch.where(x > 0, x, 0.0))
print(torch.where(x < 0, -1, 1))
print(torch.where(x == 0))
print(torch.where(torch.tensor([[1, 0], [0, 1]]) > 0))
