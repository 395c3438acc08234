import torch
from torch.utils.data import TensorDataset, DataLoader
ds = TensorDataset(torch.arange(10), torch.arange(10) * 10)
loader = DataLoader(ds, batch_size=4, drop_last=True)
print(len(loader))
for i, (a, b) in enumerate(loader):
    print(i, a, b)
