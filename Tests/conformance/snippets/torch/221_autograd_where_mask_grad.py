import torch
x = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
y = torch.where(x > 0, x ** 2, -x)
y.sum().backward()
print(y)
print(x.grad)
z = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
z.masked_fill(torch.tensor([True, False, False]), 0.0).sum().backward()
print(z.grad)
