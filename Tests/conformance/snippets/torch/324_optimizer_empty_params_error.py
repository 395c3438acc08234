import torch
try:
    torch.optim.SGD([], lr=0.1)
except ValueError as e:
    print(e)
try:
    torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=-1)
except ValueError as e:
    print(e)
