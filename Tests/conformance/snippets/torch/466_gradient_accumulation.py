import torch
import torch.nn as nn
def make():
    m = nn.Linear(2, 1)
    with torch.no_grad():
        m.weight.copy_(torch.tensor([[0.5, -0.25]]))
        m.bias.fill_(0.1)
    return m
x = torch.tensor([[1.0, 2.0], [3.0, 4.0], [-1.0, 0.5], [2.0, -2.0]])
y = torch.tensor([[1.0], [0.0], [2.0], [-1.0]])
full = make()
nn.functional.mse_loss(full(x), y).backward()
acc = make()
for i in range(0, 4, 2):
    (nn.functional.mse_loss(acc(x[i:i + 2]), y[i:i + 2]) / 2).backward()
print(full.weight.grad.round(decimals=3), full.bias.grad.round(decimals=3))
print(acc.weight.grad.round(decimals=3), acc.bias.grad.round(decimals=3))
print(torch.allclose(full.weight.grad, acc.weight.grad))
