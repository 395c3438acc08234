import torch
import torch.nn as nn
x = torch.arange(4.0).reshape(1, 1, 2, 2)
print(nn.Upsample(scale_factor=2, mode='nearest')(x))
print(nn.Upsample(scale_factor=2)(x).shape)
dec = nn.Sequential(nn.Linear(2, 8), nn.Unflatten(1, (2, 2, 2)))
print(dec)
print(dec(torch.zeros(3, 2)).shape)
