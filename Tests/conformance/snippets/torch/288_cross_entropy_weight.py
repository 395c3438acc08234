import torch
import torch.nn as nn
logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3], [0.0, 0.0, 3.0]])
target = torch.tensor([0, 1, 2])
w = torch.tensor([1.0, 2.0, 0.5])
print(nn.CrossEntropyLoss(weight=w)(logits, target))
print(nn.CrossEntropyLoss(weight=w, reduction='none')(logits, target))
print(nn.CrossEntropyLoss(weight=w, reduction='sum')(logits, target))
