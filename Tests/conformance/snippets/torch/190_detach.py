import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
d = y.detach()
print(d, d.requires_grad, d.grad_fn)
z = (y * d).sum()
z.backward()
print(x.grad)
print(x.detach().numpy())
