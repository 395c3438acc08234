import torch
t = torch.tensor([[1], [2], [3]])
e = t.expand(3, 4)
r = t.repeat(1, 4)
print(e)
print(torch.equal(e, r))
print(e.stride(), r.stride())
print(t.expand_as(torch.zeros(3, 2)))
