import torch
import torch.nn as nn
conv = nn.Conv2d(1, 2, 3, padding=1)
print(conv(torch.zeros(1, 5, 5)).shape)
print(conv(torch.zeros(4, 1, 5, 5)).shape)
