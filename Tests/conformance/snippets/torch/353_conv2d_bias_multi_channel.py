import torch
import torch.nn as nn
conv = nn.Conv2d(2, 3, kernel_size=3)
with torch.no_grad():
    conv.weight.copy_(torch.arange(54.0).reshape(3, 2, 3, 3) / 54)
    conv.bias.copy_(torch.tensor([0.5, -0.5, 0.0]))
x = torch.arange(2 * 2 * 4 * 4, dtype=torch.float32).reshape(2, 2, 4, 4) / 10
y = conv(x)
print(y.shape)
print(y.round(decimals=4))
