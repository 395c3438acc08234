import torch
import torch.nn as nn
conv = nn.Conv1d(2, 1, kernel_size=3, padding=1)
with torch.no_grad():
    conv.weight.copy_(torch.tensor([[[1.0, 0.0, -1.0], [0.5, 0.5, 0.5]]]))
    conv.bias.fill_(1.0)
x = torch.arange(10.0).reshape(1, 2, 5)
print(conv(x))
print(conv(x).shape)
