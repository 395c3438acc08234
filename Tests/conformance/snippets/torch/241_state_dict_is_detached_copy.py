import torch
import torch.nn as nn
lin = nn.Linear(2, 1)
sd = lin.state_dict()
print(sd['weight'].requires_grad)
with torch.no_grad():
    lin.weight.fill_(3.0)
print(sd['weight'])
