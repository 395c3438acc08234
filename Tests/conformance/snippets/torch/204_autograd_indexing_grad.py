import torch
x = torch.arange(6.0).reshape(2, 3).requires_grad_()
y = x[:, 1] * 2 + x[0, 0]
y.sum().backward()
print(x.grad)
z = torch.zeros(4, requires_grad=True)
z[torch.tensor([0, 0, 3])].sum().backward()
print(z.grad)
