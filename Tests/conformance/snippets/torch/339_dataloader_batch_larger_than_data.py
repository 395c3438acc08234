import torch
from torch.utils.data import TensorDataset, DataLoader
ds = TensorDataset(torch.arange(3))
loader = DataLoader(ds, batch_size=8)
print(len(loader))
for batch in loader:
    print(type(batch).__name__, batch)
print(len(DataLoader(ds, batch_size=8, drop_last=True)))
