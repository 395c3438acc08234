import torch
a = torch.tensor([1.0, 5.0, 3.0])
b = torch.tensor([4.0, 2.0, 3.0])
print(torch.maximum(a, b))
print(torch.minimum(a, b))
print(torch.max(a, b))
print(torch.min(a, b))
print(torch.fmax(a, torch.tensor([float('nan'), 1.0, 9.0])))
