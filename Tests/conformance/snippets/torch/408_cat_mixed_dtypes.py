import torch
print(torch.cat([torch.tensor([1, 2]), torch.tensor([0.5])]))
print(torch.cat([torch.tensor([True]), torch.tensor([2])]))
