import torch
print(torch.arange(40))
print(torch.arange(30) * 1000)
