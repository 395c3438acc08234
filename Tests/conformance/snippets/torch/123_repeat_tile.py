import torch
t = torch.tensor([1, 2])
print(t.repeat(3))
print(t.repeat(2, 2))
print(torch.tile(t, (2,)))
print(t.repeat_interleave(2))
print(torch.repeat_interleave(torch.tensor([[1, 2], [3, 4]]), 2, dim=0))
