import torch
import torch.nn.functional as F
x = torch.tensor([[0.2, 0.8], [0.6, 0.4]])
t = torch.tensor([1, 0])
print(F.cross_entropy(x, t))
print(F.cross_entropy(x, t, label_smoothing=0.05))
print(F.nll_loss(torch.log(x), t))
print(F.binary_cross_entropy(x, torch.tensor([[0.0, 1.0], [1.0, 0.0]])))
print(F.huber_loss(x, torch.zeros(2, 2)))
