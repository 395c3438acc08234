import torch
import torch.nn as nn
logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3], [0.0, 0.0, 3.0]])
target = torch.tensor([0, -100, 2])
print(nn.CrossEntropyLoss()(logits, target))
print(nn.CrossEntropyLoss(reduction='none')(logits, target))
print(nn.CrossEntropyLoss(ignore_index=2)(logits, torch.tensor([0, 1, 2])))
