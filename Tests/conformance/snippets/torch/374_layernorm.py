import torch
import torch.nn as nn
ln = nn.LayerNorm(3)
x = torch.tensor([[1.0, 2.0, 3.0], [2.0, 2.0, 8.0]])
print(ln(x))
print(ln.weight, ln.bias)
ln2 = nn.LayerNorm([2, 3], elementwise_affine=False)
print(ln2(x).round(decimals=4))
import torch.nn.functional as F
print(F.layer_norm(x, (3,), eps=1e-5).round(decimals=4))
