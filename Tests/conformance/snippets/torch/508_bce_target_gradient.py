import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([0.2, 0.7, 0.9], dtype=torch.float64, requires_grad=True)
t = torch.tensor([0.1, 0.5, 1.0], dtype=torch.float64, requires_grad=True)
F.binary_cross_entropy(x, t).backward()
print(x.grad, t.grad)
x.grad = None
t.grad = None
w = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
nn.BCELoss(weight=w, reduction='sum')(x, t).backward()
print(x.grad, t.grad)
z = torch.tensor([0.2, -0.7, 3.0], dtype=torch.float64, requires_grad=True)
t.grad = None
F.binary_cross_entropy_with_logits(z, t).backward()
print(z.grad, t.grad)
z.grad = None
t.grad = None
F.binary_cross_entropy_with_logits(z, t, pos_weight=torch.tensor([2.0, 1.0, 0.5], dtype=torch.float64), reduction='none').sum().backward()
print(z.grad, t.grad)
t.grad = None
x.grad = None
g, = torch.autograd.grad(F.binary_cross_entropy(x, t), t, create_graph=True)
g.sum().backward()
print(x.grad, t.grad)
