import torch
print(torch.tensor([0.001, 0.01, 0.1]))
print(torch.tensor([0.0001, 0.5]))
print(torch.tensor([100.5, 0.25]))
print(torch.tensor([1000.0, 0.5]))
print(torch.tensor([99999.0, 0.5]))
print(torch.tensor([1.0, 2.0, 1000000.0]))
print(torch.tensor([[1e-3, 5.0], [2.0, 3.0]]))
