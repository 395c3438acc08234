import torch
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 1))
with torch.no_grad():
    model[0].weight.copy_(torch.tensor([[0.25, -0.75]]))
    model[0].bias.fill_(1.0)
for name, param in model.named_parameters():
    print(name, param)
print(list(model.parameters()))
