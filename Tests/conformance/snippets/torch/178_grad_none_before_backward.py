import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
print(x.grad)
print(x.is_leaf)
y = x * 2
print(y.is_leaf, y.requires_grad)
print(y.grad_fn is not None, x.grad_fn)
