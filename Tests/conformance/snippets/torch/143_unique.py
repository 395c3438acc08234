import torch
t = torch.tensor([3, 1, 2, 3, 1, 1])
print(torch.unique(t))
print(t.unique(return_counts=True))
print(torch.unique(t, return_inverse=True))
print(torch.bincount(t))
