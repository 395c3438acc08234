import torch
print(torch.tensor([1e-5, 2e-5]))
print(torch.tensor([1.0e6, 2.0]))
print(torch.tensor([0.0001, 1000.0]))
print(torch.tensor([12345678.0]))
print(torch.tensor([1e-10, 0.0]))
