import torch
import torch.nn as nn
p = torch.tensor([0.9, 0.2, 0.6])
y = torch.tensor([1.0, 0.0, 1.0])
print(nn.BCELoss()(p, y))
print(nn.BCELoss(reduction='none')(p, y))
print(nn.BCELoss(weight=torch.tensor([1.0, 2.0, 3.0]))(p, y))
print(nn.BCELoss()(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.0])))
