import torch
import torch.nn as nn
logp = torch.log(torch.tensor([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]]))
target = torch.tensor([0, 2])
print(nn.NLLLoss()(logp, target))
print(nn.NLLLoss(reduction='none')(logp, target))
print(nn.NLLLoss(weight=torch.tensor([1.0, 1.0, 2.0]))(logp, target))
print(nn.NLLLoss(ignore_index=0)(logp, target))
