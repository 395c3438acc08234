import torch
import torch.nn as nn
logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
target = torch.tensor([0, 1])
print(nn.CrossEntropyLoss(label_smoothing=0.1)(logits, target))
print(nn.CrossEntropyLoss(label_smoothing=0.2, reduction='none')(logits, target))
w = torch.tensor([1.0, 2.0, 3.0])
print(nn.CrossEntropyLoss(weight=w, label_smoothing=0.1)(logits, target))
