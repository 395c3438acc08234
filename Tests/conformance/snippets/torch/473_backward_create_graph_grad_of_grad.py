import torch
x = torch.tensor(2.0, requires_grad=True)
y = x ** 3
y.backward(create_graph=True)
print(x.grad)
print(x.grad.requires_grad)
g = x.grad
x.grad = None
g.backward()
print(x.grad)
# third derivative of x**4 at 1.5
x = torch.tensor(1.5, requires_grad=True)
(d1,) = torch.autograd.grad(x ** 4, x, create_graph=True)
(d2,) = torch.autograd.grad(d1, x, create_graph=True)
(d3,) = torch.autograd.grad(d2, x)
print(d1, d2, d3)
# a first derivative that does not depend on x has no graph
x = torch.tensor([1.0, 2.0], requires_grad=True)
(g,) = torch.autograd.grad(x.mean(), x, create_graph=True)
print(g, g.requires_grad, g.grad_fn)
