import torch
import torch.nn as nn
model = nn.Sequential(nn.Linear(3, 2), nn.Dropout(0.5))
with torch.no_grad():
    model[0].weight.copy_(torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]]))
    model[0].bias.zero_()
model.eval()
with torch.no_grad():
    out = model(torch.tensor([[1.0, 2.0, 3.0]]))
print(out)
print(out.requires_grad)
