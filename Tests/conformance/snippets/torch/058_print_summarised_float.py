import torch
t = torch.arange(0, 3000, dtype=torch.float32) / 7
print(t)
print(torch.zeros(2000, dtype=torch.float64))
