import torch
print(torch.tensor([0.1, 0.25, 1 / 3]))
print(torch.tensor([3.14159265, 2.71828182]))
print(torch.tensor([0.00001, 1.0]))
print(torch.tensor([123456.0, 1.5]))
print(torch.tensor([1e-8, 1e8]))
print(torch.tensor([1e10]))
