import torch
import torch.nn.functional as F
pred = torch.tensor([[1.0], [2.0]])
target = torch.tensor([[1.0], [3.0]])
print(F.mse_loss(pred, target))
print(F.mse_loss(pred.squeeze(1), target.squeeze(1)))
