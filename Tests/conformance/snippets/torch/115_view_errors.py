import torch
t = torch.arange(12)
try:
    t.view(5, 3)
except RuntimeError as e:
    print(e)
try:
    t.reshape(-1, -1)
except RuntimeError as e:
    print(e)
try:
    t.view(5, -1)
except RuntimeError as e:
    print(e)
m = torch.arange(6).reshape(2, 3).t()
try:
    m.view(6)
except RuntimeError as e:
    print(e)
print(m.reshape(6))
print(m.contiguous().view(6))
