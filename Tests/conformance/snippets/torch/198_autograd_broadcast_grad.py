import torch
w = torch.tensor([[1.0, 2.0, 3.0]], requires_grad=True)
b = torch.tensor(0.5, requires_grad=True)
x = torch.arange(6.0).reshape(2, 3)
y = (x * w + b).sum()
y.backward()
print(w.grad)
print(b.grad)
