import torch
t = torch.arange(2 * 1000).reshape(2, 10, 100)
print(t)
print(torch.ones(1001, dtype=torch.bool))
