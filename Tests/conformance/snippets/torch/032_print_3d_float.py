import torch
t = torch.arange(12, dtype=torch.float32).reshape(2, 2, 3) / 4
print(t)
