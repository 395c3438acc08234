import torch
import torch.nn as nn
lin = nn.Linear(2, 3)
with torch.no_grad():
    lin.weight.copy_(torch.arange(6.0).reshape(3, 2))
    lin.bias.zero_()
x = torch.ones(4, 5, 2)
print(lin(x).shape)
print(lin(x)[0, 0])
