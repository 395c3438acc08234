import torch
print(torch.tensor([float('inf'), float('-inf'), float('nan'), 1.0]))
print(torch.tensor([float('nan')]))
print(torch.tensor([1.5, float('inf')]))
print(torch.tensor([0.0, -0.0]))
