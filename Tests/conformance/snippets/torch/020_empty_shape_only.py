import torch
e = torch.empty(2, 3)
print(e.shape, e.dtype)
e.fill_(1.5)
print(e)
e2 = torch.empty_like(e)
print(e2.shape)
