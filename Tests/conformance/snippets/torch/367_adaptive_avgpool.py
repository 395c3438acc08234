import torch
import torch.nn as nn
x = torch.arange(2 * 2 * 4 * 4, dtype=torch.float32).reshape(2, 2, 4, 4)
print(nn.AdaptiveAvgPool2d((1, 1))(x))
print(nn.AdaptiveAvgPool2d(1)(x).shape)
print(nn.AdaptiveAvgPool2d((2, 2))(x)[0, 0])
y = torch.arange(25.0).reshape(1, 1, 5, 5)
print(nn.AdaptiveAvgPool2d(3)(y))
print(nn.AdaptiveMaxPool2d(2)(y))
