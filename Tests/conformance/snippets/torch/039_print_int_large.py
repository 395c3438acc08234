import torch
print(torch.tensor([1000000, -5]))
print(torch.tensor([2**40, 1]))
print(torch.tensor([[1], [10], [100]]))
