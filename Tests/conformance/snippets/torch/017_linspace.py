import torch
print(torch.linspace(0, 1, 5))
print(torch.linspace(-1, 1, steps=3))
print(torch.linspace(0, 10, 11))
print(torch.linspace(2, 2, 1))
print(torch.linspace(0, 1, 4).round(decimals=4))
