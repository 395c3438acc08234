import torch
from torch.utils.data import TensorDataset, DataLoader
ds = TensorDataset(torch.arange(10.0), torch.arange(10))
loader = DataLoader(ds, batch_size=4)
for i, (x, y) in enumerate(loader):
    print(f'batch {i}: {len(x)} samples, sum {x.sum().item()}')
print(len(loader.dataset), len(loader))
print(type(loader.dataset).__name__)
