import torch
import torch.nn as nn
logits = torch.tensor([1.0, 2.0, 3.0])
print(nn.CrossEntropyLoss()(logits, torch.tensor(2)))
print(nn.CrossEntropyLoss()(logits.unsqueeze(0), torch.tensor([2])))
