import torch
import torch.nn as nn
model = nn.Linear(2, 1)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[0.1, -0.2]]))
    model.bias.fill_(0.0)
x = torch.tensor([[1.0, 2.0], [2.0, 1.0], [0.0, 1.0], [1.0, 0.0]])
y = torch.tensor([[3.0], [3.0], [1.0], [2.0]])
opt = torch.optim.SGD(model.parameters(), lr=0.05)
loss_fn = nn.MSELoss()
for epoch in range(10):
    opt.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    opt.step()
    print(epoch, f"{loss.item():.5f}")
print(model.weight.detach().round(decimals=4), model.bias.detach().round(decimals=4))
