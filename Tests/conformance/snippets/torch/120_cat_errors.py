import torch
a = torch.ones(2, 3)
b = torch.ones(2, 4)
try:
    torch.cat([a, b])
except RuntimeError as e:
    print(e)
try:
    torch.cat([a, torch.ones(3)])
except RuntimeError as e:
    print(e)
try:
    torch.cat([])
except Exception as e:
    print(type(e).__name__, e)
