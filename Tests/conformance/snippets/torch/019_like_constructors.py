import torch
x = torch.tensor([[1.5, 2.0], [3.0, 4.0]])
print(torch.zeros_like(x))
print(torch.ones_like(x))
print(torch.full_like(x, 9))
i = torch.tensor([1, 2, 3])
print(torch.zeros_like(i))
print(torch.ones_like(i, dtype=torch.float32))
print(torch.full_like(i, 4))
