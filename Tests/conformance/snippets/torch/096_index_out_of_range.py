import torch
t = torch.arange(5)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
m = torch.zeros(2, 3)
try:
    m[0, 3]
except IndexError as e:
    print(e)
try:
    m[0, 0, 0]
except IndexError as e:
    print(e)
