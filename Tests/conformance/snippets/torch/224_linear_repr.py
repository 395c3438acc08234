import torch.nn as nn
print(nn.Linear(3, 2))
print(nn.Linear(10, 5, bias=False))
print(repr(nn.Linear(784, 128)))
