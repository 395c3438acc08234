import torch
a = torch.tensor([[0.0, 0.0], [3.0, 4.0]])
b = torch.tensor([[0.0, 0.0], [1.0, 0.0], [0.0, 2.0]])
print(torch.cdist(a, b))
print(torch.diff(torch.tensor([1, 4, 9, 16])))
print(torch.cross(torch.tensor([1.0, 0.0, 0.0]), torch.tensor([0.0, 1.0, 0.0]), dim=0))
