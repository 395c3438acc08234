import torch
import torch.nn as nn
import torch.nn.functional as F
pred = torch.tensor([0.0, 0.5, 2.0, -3.0])
target = torch.zeros(4)
print(nn.SmoothL1Loss()(pred, target))
print(nn.SmoothL1Loss(reduction='none')(pred, target))
print(nn.SmoothL1Loss(beta=0.5, reduction='none')(pred, target))
print(nn.HuberLoss(reduction='none', delta=2.0)(pred, target))
print(F.smooth_l1_loss(pred, target))
