import torch
import torch.nn as nn
logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
probs = torch.tensor([[0.7, 0.2, 0.1], [0.0, 1.0, 0.0]])
print(nn.CrossEntropyLoss()(logits, probs))
print(nn.CrossEntropyLoss(reduction='none')(logits, probs))
print(nn.CrossEntropyLoss(label_smoothing=0.1)(logits, probs))
