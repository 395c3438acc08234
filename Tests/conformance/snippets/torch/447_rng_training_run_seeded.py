import torch
import torch.nn as nn
torch.manual_seed(0)
X = torch.randn(16, 3)
y = (X.sum(dim=1) > 0).long()
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
crit = nn.CrossEntropyLoss()
for epoch in range(5):
    opt.zero_grad()
    loss = crit(model(X), y)
    loss.backward()
    opt.step()
    print(epoch, f'{loss.item():.4f}')
