import torch
import torch.nn as nn
conv = nn.Conv2d(1, 1, 2)
with torch.no_grad():
    conv.weight.copy_(torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]]]))
    conv.bias.fill_(0.0)
x = torch.arange(9.0).reshape(1, 1, 3, 3).requires_grad_()
y = conv(x)
y.sum().backward()
print(conv.weight.grad)
print(conv.bias.grad)
print(x.grad)
