import torch
import torch.nn as nn
lin = nn.Linear(2, 2)
x = torch.tensor([[1.0, 2.0]])
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[1.0, 0.0], [0.0, 1.0]]))
    lin.bias.fill_(0.5)
y = lin(x)
print(y)
print(type(y.grad_fn).__name__)
print(type(lin(torch.tensor([1.0, 2.0])).grad_fn).__name__)
print(torch.softmax(y, dim=1))
print(torch.log_softmax(y, dim=1))
print(y.mean())
print(nn.functional.cross_entropy(y, torch.tensor([1])))
print(nn.functional.mse_loss(y, torch.zeros(1, 2)))
