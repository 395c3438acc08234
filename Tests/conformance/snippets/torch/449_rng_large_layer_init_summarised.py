import torch
import torch.nn as nn
torch.manual_seed(0)
fc = nn.Linear(784, 128)
print(fc.weight)
print(fc.bias[:5])
print(fc.weight.shape, f'{fc.weight.abs().max().item():.6f}')
