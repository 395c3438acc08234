import torch
try:
    torch.zeros(2, 'a')
except TypeError as e:
    print(type(e).__name__)
try:
    torch.ones(-1)
except RuntimeError as e:
    print(e)
