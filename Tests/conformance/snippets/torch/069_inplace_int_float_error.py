import torch
a = torch.tensor([1, 2, 3])
try:
    a += 0.5
except Exception as e:
    print(type(e).__name__, e)
a *= 2
print(a)
