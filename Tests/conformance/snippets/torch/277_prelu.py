import torch
import torch.nn as nn
p = nn.PReLU()
print(p.weight)
print(p(torch.tensor([-2.0, 3.0])))
p2 = nn.PReLU(num_parameters=2, init=0.1)
print(p2(torch.tensor([[-1.0, -2.0], [1.0, 2.0]])))
