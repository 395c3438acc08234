import torch
t = torch.arange(12).reshape(3, 4)
print(t[0])
print(t[1, 2])
print(t[-1])
print(t[1][2])
print(t[0, -1].item())
print(t[2, 3].shape)
