import torch
import torch.nn as nn
torch.manual_seed(0)
conv = nn.Conv2d(1, 2, 2)
print(conv.weight)
print(conv.bias)
conv3 = nn.Conv2d(2, 1, 3)
print(conv3.weight.shape, conv3.bias)
