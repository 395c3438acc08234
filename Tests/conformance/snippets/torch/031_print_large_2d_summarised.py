import torch
t = torch.arange(4000).reshape(40, 100)
print(t)
print(torch.zeros(1000, 2))
