import torch
print(torch.tensor(0.1))
print(torch.tensor(-2))
print(torch.tensor(True))
print(torch.tensor(1e-7))
print(torch.tensor(float('nan')))
print(torch.tensor(3, dtype=torch.uint8))
print(torch.tensor(2.0).sum(), torch.tensor([1, 2]).sum())
