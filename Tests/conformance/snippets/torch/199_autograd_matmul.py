import torch
W = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], requires_grad=True)
x = torch.tensor([[1.0, -1.0, 2.0]])
y = x @ W
print(y)
y.sum().backward()
print(W.grad)
