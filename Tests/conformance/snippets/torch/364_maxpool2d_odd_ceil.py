import torch
import torch.nn as nn
x = torch.arange(25.0).reshape(1, 1, 5, 5)
print(nn.MaxPool2d(2)(x))
print(nn.MaxPool2d(2, ceil_mode=True)(x))
y, idx = nn.MaxPool2d(2, return_indices=True)(x)
print(idx)
