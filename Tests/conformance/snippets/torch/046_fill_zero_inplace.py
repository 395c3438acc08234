import torch
t = torch.ones(2, 3)
t.fill_(2.5)
print(t)
t.zero_()
print(t)
t[0].fill_(1.0)
print(t)
