import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
print(y)
z = y.sum()
print(z)
print(x + 1)
print((x ** 2).mean())
print(y.grad_fn.name() if hasattr(y.grad_fn, 'name') else y.grad_fn)
