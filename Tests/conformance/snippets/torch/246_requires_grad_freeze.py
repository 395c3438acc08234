import torch
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
for p in model[0].parameters():
    p.requires_grad = False
print([p.requires_grad for p in model.parameters()])
model.requires_grad_(False)
print([p.requires_grad for p in model.parameters()])
model[1].requires_grad_()
print(sum(p.numel() for p in model.parameters() if p.requires_grad))
