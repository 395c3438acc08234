import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
x = torch.randn(2, 4)
out = model(x)
print(out)
print(nn.CrossEntropyLoss()(out, torch.tensor([0, 2])))
