import torch
import torch.nn as nn
conv = nn.Conv2d(1, 1, kernel_size=2, bias=False)
with torch.no_grad():
    conv.weight.copy_(torch.tensor([[[[1.0, 0.0], [0.0, -1.0]]]]))
x = torch.arange(9.0).reshape(1, 1, 3, 3)
y = conv(x)
print(y)
print(y.shape)
print(conv.weight.shape)
