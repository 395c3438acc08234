import torch
t = torch.arange(24.0).reshape(2, 3, 4)
print(t.sum(dim=(1, 2)))
print(t.mean(dim=(0, 2)))
print(t.sum(-1).shape, t.sum(-1, keepdim=True).shape)
print(t.amax(dim=(0, 1)))
print(t.mean([0, 2], keepdim=True).shape)
