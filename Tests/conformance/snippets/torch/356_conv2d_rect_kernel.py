import torch
import torch.nn as nn
conv = nn.Conv2d(1, 2, kernel_size=(1, 3), stride=(1, 2), padding=(0, 1))
with torch.no_grad():
    conv.weight.copy_(torch.tensor([[[[1.0, 2.0, 3.0]]], [[[-1.0, 0.0, 1.0]]]]))
    conv.bias.zero_()
x = torch.arange(8.0).reshape(1, 1, 2, 4)
print(conv)
print(conv(x))
