import torch
import torch.nn as nn
w = torch.empty(2, 3)
nn.init.ones_(w)
print(w)
nn.init.zeros_(w)
print(w)
nn.init.eye_(w)
print(w)
nn.init.constant_(w, 0.3)
print(w)
nn.init.dirac_(torch.empty(2, 2, 3))
print(nn.init.calculate_gain('relu'), nn.init.calculate_gain('tanh'))
