import torch
import torch.nn as nn
import torch.nn.functional as F
p = torch.tensor([[0.25, 0.25, 0.5]])
q = torch.tensor([[0.5, 0.25, 0.25]])
print(F.kl_div(q.log(), p, reduction='batchmean'))
print(nn.KLDivLoss(reduction='sum')(q.log(), p))
a = torch.tensor([[1.0, 0.0], [1.0, 1.0]])
b = torch.tensor([[0.0, 1.0], [2.0, 2.0]])
print(F.cosine_similarity(a, b))
print(F.cosine_similarity(a, b, dim=0))
print(F.normalize(torch.tensor([[3.0, 4.0], [1.0, 0.0]])))
