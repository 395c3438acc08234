import torch
import torch.nn as nn
import torch.nn.functional as F
pred = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
target = torch.tensor([0.0, 0.0, 3.0])
loss = nn.L1Loss()(pred, target)
print(loss)
loss.backward()
print(pred.grad)
print(F.l1_loss(pred, target, reduction='none'))
print(F.l1_loss(pred, target, reduction='sum'))
