import torch
import torch.nn as nn
torch.manual_seed(0)
d = nn.Dropout(0.5)
x = torch.ones(10)
print(d(x))
print(d(torch.ones(2, 4)))
d2 = nn.Dropout(0.2)
print(d2(torch.arange(1.0, 9.0)))
