import torch
t = torch.zeros(2, 3)
try:
    t.sum(dim=2)
except IndexError as e:
    print(type(e).__name__, e)
try:
    t.max(dim=-3)
except IndexError as e:
    print(e)
try:
    torch.tensor([]).max()
except RuntimeError as e:
    print(e)
