import torch
import torch.nn as nn
lin = nn.Linear(4, 2)
try:
    lin(torch.ones(4, 3))
except RuntimeError as e:
    print(e)
try:
    lin(torch.ones(3))
except RuntimeError as e:
    print(e)
