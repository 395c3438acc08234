import torch
import torch.nn as nn
x = torch.tensor([[[[1.0, 2.0, 5.0, 6.0],
                    [3.0, 4.0, 7.0, 8.0],
                    [9.0, 1.0, 0.0, 2.0],
                    [1.0, 1.0, 3.0, -1.0]]]])
print(nn.MaxPool2d(2)(x))
print(nn.MaxPool2d(2, stride=1)(x))
print(nn.MaxPool2d(3, stride=1, padding=1)(x).shape)
print(nn.MaxPool2d(kernel_size=2, stride=2)(torch.zeros(8, 64, 224, 224)).shape)
