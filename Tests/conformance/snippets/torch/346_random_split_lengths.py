import torch
from torch.utils.data import TensorDataset, random_split
ds = TensorDataset(torch.arange(10))
g = torch.Generator().manual_seed(42)
a, b = random_split(ds, [7, 3], generator=g)
print(len(a), len(b))
print(type(a).__name__)
print(sorted(a.indices + b.indices) == list(range(10)))
print(a.indices, b.indices)
