import torch
print(torch.linspace(0, 1, 20))
print(torch.arange(30.0) * 1.5)
print(torch.linspace(-5, 5, 11) / 3)
