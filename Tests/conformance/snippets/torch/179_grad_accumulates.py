import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
for i in range(3):
    y = (x * 3).sum()
    y.backward()
    print(x.grad)
x.grad.zero_()
print(x.grad)
(x ** 2).sum().backward()
print(x.grad)
