import torch
t = torch.tensor([3, -1, 4, -1, 5, -9])
mask = t > 0
print(mask)
print(t[mask])
print(t[t < 0])
t[t < 0] = 0
print(t)
m = torch.arange(6).reshape(2, 3)
print(m[m % 2 == 0])
