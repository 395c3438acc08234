import torch
t = torch.arange(24).reshape(2, 3, 4)
print(t.flatten())
print(t.flatten(1).shape)
print(torch.flatten(t, start_dim=0, end_dim=1).shape)
print(t.flatten(-2).shape)
print(t.unflatten(2, (2, 2)).shape)
print(torch.tensor(5).flatten())
