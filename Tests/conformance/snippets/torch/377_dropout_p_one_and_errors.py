import torch
import torch.nn as nn
print(nn.Dropout(1.0)(torch.ones(4)))
try:
    nn.Dropout(1.5)
except ValueError as e:
    print(e)
