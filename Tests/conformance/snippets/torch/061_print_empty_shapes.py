import torch
print(torch.zeros(2, 0))
print(torch.zeros(0, dtype=torch.int64))
print(torch.ones(3)[3:])
print(torch.zeros(2, 0, 3).shape)
print(torch.tensor([[]]))
