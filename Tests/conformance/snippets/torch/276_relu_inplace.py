import torch
import torch.nn as nn
x = torch.tensor([-1.0, 2.0, -3.0])
r = nn.ReLU(inplace=True)
y = r(x)
print(x)
print(y is x)
z = torch.tensor([-1.0, 1.0])
torch.relu_(z)
print(z)
import torch.nn.functional as F
w = torch.tensor([-2.0, 2.0])
F.relu(w, inplace=True)
print(w)
