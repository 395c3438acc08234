import torch
a = torch.ones(4, 3)
b = torch.ones(4, 2)
try:
    torch.mm(a, b)
except RuntimeError as e:
    print(e)
try:
    a @ b
except RuntimeError as e:
    print(e)
try:
    torch.matmul(torch.ones(3), torch.ones(4))
except RuntimeError as e:
    print(e)
