import torch
import torch.nn as nn
torch.manual_seed(0)
d = nn.Dropout2d(0.5)
y = d(torch.ones(1, 4, 2, 2))
print(y[0, :, 0, 0])
print(y.shape)
