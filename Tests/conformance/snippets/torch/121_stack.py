import torch
a = torch.tensor([1, 2, 3])
b = torch.tensor([4, 5, 6])
print(torch.stack([a, b]))
print(torch.stack([a, b], dim=1))
print(torch.stack([a, b, a], dim=-1).shape)
print(torch.vstack([a, b]))
print(torch.hstack([a, b]))
try:
    torch.stack([a, torch.tensor([1, 2])])
except RuntimeError as e:
    print(e)
