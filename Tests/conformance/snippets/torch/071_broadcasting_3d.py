import torch
a = torch.arange(6).reshape(2, 1, 3)
b = torch.arange(4).reshape(4, 1)
c = a + b
print(c.shape)
print(c)
