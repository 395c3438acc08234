import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x ** 2).sum()
(g,) = torch.autograd.grad(y, x, create_graph=True)
(h,) = torch.autograd.grad(g.sum(), x, retain_graph=True)
print(h)
# without create_graph the gradient has no graph
(g2,) = torch.autograd.grad((x ** 2).sum(), x)
print(g2.requires_grad)
try:
    torch.autograd.grad(g2.sum(), x)
except RuntimeError as e:
    print("RuntimeError:", e)
# create_graph keeps the graph by default: a second grad of the same output works
y = (x ** 3).sum()
(a,) = torch.autograd.grad(y, x, create_graph=True)
(b,) = torch.autograd.grad(y, x)
print(torch.equal(a.detach(), b))
