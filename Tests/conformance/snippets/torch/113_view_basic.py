import torch
t = torch.arange(12)
print(t.view(3, 4))
print(t.view(2, -1))
print(t.view(-1, 6).shape)
print(t.view(2, 2, 3).shape)
v = t.view(3, 4)
v[0, 0] = 99
print(t[:3])
