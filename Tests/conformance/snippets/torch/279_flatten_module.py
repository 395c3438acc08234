import torch
import torch.nn as nn
x = torch.arange(24.0).reshape(2, 3, 4)
print(nn.Flatten()(x).shape)
print(nn.Flatten(0)(x).shape)
print(nn.Flatten(1, 1)(x).shape)
print(nn.Unflatten(1, (3, 2, 2))(nn.Flatten()(x)).shape)
print(nn.Identity()(x).shape)
