import torch
import torch.nn as nn
z = torch.tensor([2.0, -1.0, 0.5, -30.0])
y = torch.tensor([1.0, 0.0, 1.0, 1.0])
print(nn.BCEWithLogitsLoss()(z, y))
print(nn.BCEWithLogitsLoss(reduction='none')(z, y))
print(nn.BCEWithLogitsLoss(pos_weight=torch.tensor([3.0]))(z, y))
print(nn.BCELoss()(torch.sigmoid(z[:3]), y[:3]))
print(nn.BCEWithLogitsLoss()(z[:3], y[:3]))
