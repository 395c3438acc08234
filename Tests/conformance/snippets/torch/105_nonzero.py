import torch
t = torch.tensor([[0, 1, 0], [2, 0, 3]])
print(torch.nonzero(t))
print(t.nonzero())
print(torch.nonzero(t, as_tuple=True))
print(torch.count_nonzero(t))
