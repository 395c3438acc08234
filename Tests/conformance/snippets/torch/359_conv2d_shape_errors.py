import torch
import torch.nn as nn
conv = nn.Conv2d(3, 8, 3)
try:
    conv(torch.zeros(1, 1, 8, 8))
except RuntimeError as e:
    print(e)
try:
    conv(torch.zeros(1, 3, 2, 2))
except RuntimeError as e:
    print(e)
