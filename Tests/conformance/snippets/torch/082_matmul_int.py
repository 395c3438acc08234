import torch
a = torch.arange(6).reshape(2, 3)
b = torch.arange(6).reshape(3, 2)
print(a @ b)
print((a @ b).dtype)
