import torch
import torch.nn as nn
bn = nn.BatchNorm2d(2)
x = torch.arange(16.0).reshape(2, 2, 2, 2)
y = bn(x)
print(y.round(decimals=4))
print(bn.running_mean, bn.running_var.round(decimals=4))
print(list(bn.state_dict().keys()))
with torch.no_grad():
    bn.weight.copy_(torch.tensor([2.0, 0.5]))
    bn.bias.copy_(torch.tensor([1.0, -1.0]))
print(bn(x)[0].round(decimals=4))
