import torch
m = torch.arange(12).reshape(3, 4)
idx = torch.tensor([2, 0])
print(torch.index_select(m, 0, idx))
print(m.index_select(1, idx))
