import torch
import torch.nn as nn
logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
try:
    nn.CrossEntropyLoss()(logits, torch.tensor([0.0, 1.0]))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    nn.CrossEntropyLoss()(logits, torch.tensor([0, 1], dtype=torch.int32))
except RuntimeError as e:
    print(type(e).__name__, e)
