import torch
import torch.nn as nn
ln = nn.LayerNorm(4)
x = torch.tensor([[1.0, 2.0, 4.0, 8.0]], requires_grad=True)
(ln(x) * torch.tensor([1.0, 2.0, 3.0, 4.0])).sum().backward()
print(x.grad.round(decimals=4))
print(ln.weight.grad.round(decimals=4))
print(ln.bias.grad)
