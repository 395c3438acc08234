import torch
import torch.nn.functional as F
logits = torch.tensor([[1.0, 2.0, 3.0], [1.0, 0.0, -1.0], [0.0, 0.0, 0.0]])
target = torch.tensor([2, 0, 1])
a = F.cross_entropy(logits, target)
b = F.nll_loss(F.log_softmax(logits, dim=1), target)
print(a, b)
print(torch.allclose(a, b))
