import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
try:
    y.backward()
except RuntimeError as e:
    print(e)
y.backward(torch.tensor([1.0, 0.5]))
print(x.grad)
