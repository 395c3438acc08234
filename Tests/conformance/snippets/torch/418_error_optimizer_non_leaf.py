import torch
x = torch.tensor([1.0], requires_grad=True)
y = x * 2
try:
    torch.optim.SGD([y], lr=0.1)
except ValueError as e:
    print(e)
