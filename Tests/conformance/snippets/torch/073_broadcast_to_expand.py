import torch
a = torch.tensor([1, 2, 3])
print(a.expand(2, 3))
print(torch.broadcast_to(a, (2, 3)))
b = torch.tensor([[1], [2]])
print(b.expand(2, 4))
print(b.expand(-1, 3))
print(torch.broadcast_shapes((2, 1), (1, 3)))
