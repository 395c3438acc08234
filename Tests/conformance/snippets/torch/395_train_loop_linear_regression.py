import torch
import torch.nn as nn
torch.set_printoptions(precision=4)
x = torch.linspace(0, 1, 8).unsqueeze(1)
y = 3 * x + 0.5
model = nn.Linear(1, 1)
with torch.no_grad():
    model.weight.fill_(0.0)
    model.bias.fill_(0.0)
criterion = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
for epoch in range(30):
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
    if epoch % 5 == 4:
        print(f'epoch {epoch + 1}: loss {loss.item():.5f}')
print(round(model.weight.item(), 3), round(model.bias.item(), 3))
