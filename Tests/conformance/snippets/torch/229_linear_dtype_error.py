import torch
import torch.nn as nn
lin = nn.Linear(2, 2)
try:
    lin(torch.tensor([[1, 2]]))
except RuntimeError as e:
    print(e)
try:
    lin(torch.tensor([[1.0, 2.0]], dtype=torch.float64))
except RuntimeError as e:
    print(e)
