import torch
import torch.nn as nn
torch.manual_seed(42)
lin = nn.Linear(4, 3)
print(lin.weight)
print(lin.bias)
lin2 = nn.Linear(2, 2, bias=False)
print(lin2.weight)
