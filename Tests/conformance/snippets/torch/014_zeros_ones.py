import torch
print(torch.zeros(3))
print(torch.ones(2, 3))
print(torch.zeros((2, 2)))
print(torch.ones([1, 4]))
print(torch.zeros(2, dtype=torch.int64))
print(torch.ones(2, 2, dtype=torch.bool))
