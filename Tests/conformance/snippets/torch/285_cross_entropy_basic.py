import torch
import torch.nn as nn
logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
target = torch.tensor([0, 1])
loss = nn.CrossEntropyLoss()(logits, target)
print(loss)
print(round(loss.item(), 6))
print(nn.CrossEntropyLoss(reduction='none')(logits, target))
print(nn.CrossEntropyLoss(reduction='sum')(logits, target))
