import torch
t = torch.arange(12).reshape(3, 4)
print(t[:, 1])
print(t[1:, :2])
print(t[::2])
print(t[:, ::2])
print(t[..., -1])
print(t[:2, 1:3])
print(t[-2:])
