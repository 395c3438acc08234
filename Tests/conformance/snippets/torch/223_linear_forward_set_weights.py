import torch
import torch.nn as nn
lin = nn.Linear(3, 2)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[1.0, 0.0, -1.0], [0.5, 0.5, 0.5]]))
    lin.bias.fill_(0.1)
x = torch.tensor([[1.0, 2.0, 3.0], [0.0, 1.0, 0.0]])
print(lin(x))
print(lin.weight.shape, lin.bias.shape)
print(lin.in_features, lin.out_features)
