import torch
import torch.nn.functional as F
logits = torch.arange(24.0).reshape(2, 3, 4) / 10
target = torch.tensor([[0, 1, 2, 0], [2, 2, 1, 0]])
print(F.cross_entropy(logits, target))
print(F.cross_entropy(logits, target, reduction='none'))
