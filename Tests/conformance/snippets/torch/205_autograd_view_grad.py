import torch
x = torch.arange(6.0, requires_grad=True)
y = x.view(2, 3).t() * torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
y.sum().backward()
print(x.grad)
