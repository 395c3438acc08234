import torch
x = torch.tensor(3.0, requires_grad=True)
y = x * x * x
y.backward()
print(x.grad)
a = torch.tensor(1.0, requires_grad=True)
b = a + a + a
b.backward()
print(a.grad)
