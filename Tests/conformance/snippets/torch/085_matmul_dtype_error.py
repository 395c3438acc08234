import torch
a = torch.ones(2, 2)
b = torch.ones(2, 2, dtype=torch.int64)
try:
    a @ b
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.mm(a, b.double())
except RuntimeError as e:
    print(e)
