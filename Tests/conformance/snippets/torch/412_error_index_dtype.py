import torch
t = torch.arange(5)
try:
    t[torch.tensor([1.0, 2.0])]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t[torch.tensor([True, False])]
except IndexError as e:
    print(type(e).__name__, e)
