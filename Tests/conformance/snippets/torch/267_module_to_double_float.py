import torch
import torch.nn as nn
lin = nn.Linear(2, 1)
lin.double()
print(lin.weight.dtype)
print(lin(torch.ones(1, 2, dtype=torch.float64)).dtype)
lin.float()
print(lin.weight.dtype)
print(lin.to(torch.float64).bias.dtype)
r = lin.to('cpu')
print(r is lin)
