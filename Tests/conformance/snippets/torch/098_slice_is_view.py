import torch
t = torch.arange(6.0)
v = t[1:4]
v[0] = 100.0
print(t)
v.mul_(2)
print(t)
print(v.is_contiguous(), t[::2].is_contiguous())
