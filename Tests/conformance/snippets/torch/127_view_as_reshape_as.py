import torch
a = torch.arange(6)
b = torch.zeros(2, 3)
print(a.view_as(b))
print(a.reshape_as(b).shape)
print(a.type_as(b))
