import torch
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
print(model)
with torch.no_grad():
    model[0].weight.copy_(torch.tensor([[1.0, -1.0], [0.5, 0.5], [-1.0, 2.0]]))
    model[0].bias.copy_(torch.tensor([0.0, 0.1, -0.1]))
    model[2].weight.copy_(torch.tensor([[1.0, 2.0, 3.0]]))
    model[2].bias.fill_(0.5)
x = torch.tensor([[1.0, 2.0], [3.0, -1.0]])
print(model(x))
print(len(model))
