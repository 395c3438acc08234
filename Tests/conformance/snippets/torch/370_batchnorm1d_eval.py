import torch
import torch.nn as nn
bn = nn.BatchNorm1d(2)
x = torch.tensor([[1.0, 10.0], [2.0, 20.0], [3.0, 30.0], [4.0, 40.0]])
for _ in range(3):
    bn(x)
print(bn.running_mean.round(decimals=4))
print(bn.running_var.round(decimals=4))
bn.eval()
print(bn(x).round(decimals=4))
print(bn.running_mean.round(decimals=4))
