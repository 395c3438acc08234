import torch
from torch.utils.data import TensorDataset, DataLoader
ds = TensorDataset(torch.arange(8.0), torch.arange(8))
loader = DataLoader(ds, batch_size=3)
it = iter(loader)
x, y = next(it)
print(x, y)
x, y = next(it)
print(x, y)
print(next(iter(loader))[0])
