import torch
import torch.nn as nn
torch.manual_seed(0)
w = torch.empty(2, 3)
print(nn.init.uniform_(w, -0.1, 0.1))
print(nn.init.normal_(w, 0.0, 0.02))
print(nn.init.xavier_uniform_(w))
print(nn.init.xavier_normal_(w))
print(nn.init.kaiming_uniform_(w, nonlinearity='relu'))
print(nn.init.kaiming_normal_(w))
print(nn.init.trunc_normal_(w, std=0.5))
