import torch
print(torch.full((2, 3), 7.0))
print(torch.full((2,), 7))
print(torch.full((2, 2), 0.5))
print(torch.full((3,), True))
print(torch.full((1, 2), -1.25, dtype=torch.float64))
