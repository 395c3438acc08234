import torch
t = torch.arange(6)
print(t.reshape(2, 3))
print(t.reshape(3, -1))
print(torch.reshape(t, (6, 1)).shape)
print(t.reshape(-1))
print(t.reshape(1, 2, 3).shape)
print(torch.arange(24).reshape(2, 3, 4).reshape(6, -1).shape)
