import torch
import torch.nn as nn
pred = torch.tensor([1.0, 2.0, 3.0])
target = torch.tensor([1.5, 2.0, 2.0])
print(nn.MSELoss()(pred, target))
print(nn.MSELoss(reduction='sum')(pred, target))
print(nn.MSELoss(reduction='none')(pred, target))
import torch.nn.functional as F
print(F.mse_loss(pred, target))
