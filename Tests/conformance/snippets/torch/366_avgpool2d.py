import torch
import torch.nn as nn
x = torch.arange(16.0).reshape(1, 1, 4, 4)
print(nn.AvgPool2d(2)(x))
print(nn.AvgPool2d(2, stride=1)(x))
print(nn.AvgPool2d(3, stride=1, padding=1)(x))
print(nn.AvgPool2d(3, stride=1, padding=1, count_include_pad=False)(x))
