import torch
from torch.utils.data import TensorDataset, DataLoader
x = torch.arange(14.0).reshape(7, 2)
y = torch.arange(7)
loader = DataLoader(TensorDataset(x, y), batch_size=3)
print(len(loader))
for xb, yb in loader:
    print(xb.shape, yb)
print(loader.batch_size)
