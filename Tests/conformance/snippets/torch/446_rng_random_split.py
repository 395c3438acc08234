import torch
from torch.utils.data import TensorDataset, random_split
torch.manual_seed(0)
ds = TensorDataset(torch.arange(10))
a, b = random_split(ds, [8, 2])
print(a.indices, b.indices)
c, d = random_split(ds, [0.5, 0.5], generator=torch.Generator().manual_seed(0))
print(c.indices, d.indices)
