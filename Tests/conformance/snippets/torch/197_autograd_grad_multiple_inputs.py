import torch
a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
c = a * b + a ** 2
ga, gb = torch.autograd.grad(c, [a, b])
print(ga, gb)
d = (a * b)
print(torch.autograd.grad(d, a, retain_graph=True))
print(torch.autograd.grad(d, b))
