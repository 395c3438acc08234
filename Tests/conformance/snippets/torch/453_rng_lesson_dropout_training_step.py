import torch
import torch.nn as nn
torch.manual_seed(3)
model = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Dropout(0.5), nn.Linear(6, 2))
x = torch.randn(5, 4)
model.train()
a = model(x)
b = model(x)
print(a)
print(torch.equal(a, b))
model.eval()
print(torch.equal(model(x), model(x)))
print(model(x))
