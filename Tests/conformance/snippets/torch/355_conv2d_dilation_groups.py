import torch
import torch.nn as nn
x = torch.arange(2 * 6 * 6, dtype=torch.float32).reshape(1, 2, 6, 6)
conv = nn.Conv2d(2, 2, 3, dilation=2, bias=False)
with torch.no_grad():
    conv.weight.fill_(0.1)
print(conv(x).shape)
print(conv(x).round(decimals=3))
g = nn.Conv2d(2, 4, 1, groups=2, bias=False)
print(g.weight.shape)
with torch.no_grad():
    g.weight.copy_(torch.tensor([1.0, 2.0, 3.0, 4.0]).reshape(4, 1, 1, 1))
print(g(x)[0, :, 0, 0])
