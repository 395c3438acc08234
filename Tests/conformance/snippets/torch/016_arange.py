import torch
print(torch.arange(5))
print(torch.arange(2, 8))
print(torch.arange(0, 10, 3))
print(torch.arange(0.0, 1.0, 0.25))
print(torch.arange(5, dtype=torch.float32))
print(torch.arange(10, 0, -2))
print(torch.arange(1, 2.5, 0.5))
