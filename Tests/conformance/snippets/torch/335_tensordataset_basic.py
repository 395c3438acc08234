import torch
from torch.utils.data import TensorDataset
x = torch.arange(10.0).reshape(5, 2)
y = torch.tensor([0, 1, 0, 1, 1])
ds = TensorDataset(x, y)
print(len(ds))
print(ds[0])
print(ds[4])
xi, yi = ds[2]
print(xi, yi)
print(ds.tensors[1])
