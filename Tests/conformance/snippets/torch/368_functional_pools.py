import torch
import torch.nn.functional as F
x = torch.arange(16.0).reshape(1, 1, 4, 4)
print(F.max_pool2d(x, 2))
print(F.avg_pool2d(x, 2))
print(F.adaptive_avg_pool2d(x, 1))
print(F.max_pool1d(torch.tensor([[[1.0, 3.0, 2.0, 5.0]]]), 2))
print(F.avg_pool1d(torch.tensor([[[1.0, 3.0, 2.0, 5.0]]]), 2))
