import torch
t = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
mask = torch.tensor([[True, False], [False, True]])
print(t.masked_fill(mask, 0.0))
print(t.masked_fill(mask, float('-inf')))
print(torch.masked_select(t, mask))
t.masked_fill_(~mask, -1.0)
print(t)
