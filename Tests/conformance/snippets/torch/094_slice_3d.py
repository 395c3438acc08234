import torch
t = torch.arange(24).reshape(2, 3, 4)
print(t[0, :, 1])
print(t[:, 1, :])
print(t[..., 0])
print(t[1, ...])
print(t[:, :, 1:3].shape)
