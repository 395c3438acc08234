import torch
x = torch.tensor([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]], requires_grad=True)
v, i = x.max(dim=1)
v.sum().backward()
print(x.grad)
y = torch.tensor([1.0, 3.0, 2.0], requires_grad=True)
y.max().backward()
print(y.grad)
