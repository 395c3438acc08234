import torch
import torch.nn.functional as F
x = torch.arange(4.0).reshape(1, 1, 2, 2)
print(F.pad(x, (1, 1, 0, 0)))
print(F.pad(torch.tensor([1, 2]), (2, 1), value=9))
print(F.interpolate(x, scale_factor=2, mode='nearest'))
print(F.interpolate(x, size=(3, 3), mode='bilinear', align_corners=False).round(decimals=4))
