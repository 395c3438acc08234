import torch
t = torch.tensor([1.0, 2.0, 3.0])
print(t ** 3)
print(torch.pow(t, t))
print(torch.pow(2, t))
print(t ** -1)
print(t ** 0.5)
print(torch.tensor([2, 3]) ** 2)
print(torch.tensor([-8.0]) ** (1 / 3))
