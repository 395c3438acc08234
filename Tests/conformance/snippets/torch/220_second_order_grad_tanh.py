import torch
x = torch.tensor([0.5, -1.0], requires_grad=True)
y = torch.tanh(x).sum()
(g,) = torch.autograd.grad(y, x, create_graph=True)
print(g.round(decimals=4))
(h,) = torch.autograd.grad(g.sum(), x)
print(h.round(decimals=4))
