import torch
import torch.nn as nn
pred = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
target = torch.zeros(2, 2)
loss = nn.MSELoss()(pred, target)
print(loss)
loss.backward()
print(pred.grad)
