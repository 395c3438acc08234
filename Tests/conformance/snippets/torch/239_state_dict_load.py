import torch
import torch.nn as nn
a = nn.Linear(2, 2)
b = nn.Linear(2, 2)
with torch.no_grad():
    a.weight.copy_(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
    a.bias.copy_(torch.tensor([0.5, -0.5]))
res = b.load_state_dict(a.state_dict())
print(res)
print(b.weight)
print(b.bias)
print(torch.equal(a(torch.ones(1, 2)), b(torch.ones(1, 2))))
