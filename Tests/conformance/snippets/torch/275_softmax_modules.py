import torch
import torch.nn as nn
x = torch.tensor([[1.0, 2.0, 0.5], [0.0, -1.0, 1.0]])
print(nn.Softmax(dim=1)(x))
print(nn.Softmax(dim=0)(x))
print(nn.LogSoftmax(dim=1)(x))
