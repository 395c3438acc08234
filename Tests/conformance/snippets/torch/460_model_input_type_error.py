import torch
import torch.nn as nn
lin = nn.Linear(2, 1)
try:
    lin([1.0, 2.0])
except TypeError as e:
    print(type(e).__name__, e)
try:
    torch.relu([1.0])
except TypeError as e:
    print(type(e).__name__, e)
