import torch
t = torch.tensor([1, 2, 3])
print(t[None])
print(t[:, None])
print(t[None, :, None].shape)
print(t[..., None].shape)
