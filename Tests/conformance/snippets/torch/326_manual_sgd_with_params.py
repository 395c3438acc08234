import torch
import torch.nn as nn
m = nn.Linear(1, 1)
with torch.no_grad():
    m.weight.fill_(0.0)
    m.bias.fill_(0.0)
x = torch.tensor([[1.0], [2.0], [3.0]])
y = 2 * x + 1
for step in range(3):
    loss = ((m(x) - y) ** 2).mean()
    m.zero_grad()
    loss.backward()
    with torch.no_grad():
        for p in m.parameters():
            p -= 0.1 * p.grad
    print(step, round(loss.item(), 4), round(m.weight.item(), 4), round(m.bias.item(), 4))
