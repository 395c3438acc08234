import torch
a = torch.arange(12.0).reshape(2, 2, 3)
b = torch.arange(12.0).reshape(2, 3, 2)
print(torch.bmm(a, b))
print((a @ b).shape)
c = torch.ones(3, 2)
print(a @ c)
print(torch.matmul(torch.ones(4, 1, 2, 3), torch.ones(5, 3, 2)).shape)
