import torch
t = torch.zeros(3, 4)
t[0] = 1
t[:, 1] = torch.tensor([5.0, 6.0, 7.0])
t[2, 2:] = -1
print(t)
t[...] = 0.5
print(t)
