import torch
a = torch.ones(2, 3)
b = torch.ones(4)
try:
    a + b
except Exception as e:
    print(type(e).__name__)
    print(e)
try:
    torch.ones(3, 2) * torch.ones(2, 3)
except RuntimeError as e:
    print(e)
