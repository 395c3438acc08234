import torch
x = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
torch.sigmoid(x).sum().backward()
print(x.grad.round(decimals=4))
x.grad = None
torch.tanh(x).sum().backward()
print(x.grad.round(decimals=4))
x.grad = None
torch.nn.functional.gelu(x).sum().backward()
print(x.grad.round(decimals=4))
x.grad = None
torch.nn.functional.leaky_relu(x, 0.1).sum().backward()
print(x.grad)
