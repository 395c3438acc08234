import torch
try:
    torch.tensor([1, 2], requires_grad=True)
except RuntimeError as e:
    print(e)
x = torch.tensor([1, 2])
try:
    x.requires_grad_()
except RuntimeError as e:
    print(e)
