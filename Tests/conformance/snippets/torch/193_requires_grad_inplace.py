import torch
x = torch.tensor([1.0, 2.0])
print(x.requires_grad)
x.requires_grad_()
print(x.requires_grad)
x.requires_grad_(False)
print(x.requires_grad)
y = torch.ones(2)
y.requires_grad = True
(y * y).sum().backward()
print(y.grad)
