import torch
import torch.nn as nn
p = nn.Parameter(torch.tensor([1.0, 2.0]))
print(p)
print(p.requires_grad, p.is_leaf)
q = nn.Parameter(torch.zeros(2), requires_grad=False)
print(q)
print(p * 2)
print(type((p * 2).grad_fn).__name__)
