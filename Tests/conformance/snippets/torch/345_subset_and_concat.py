import torch
from torch.utils.data import TensorDataset, Subset, ConcatDataset
ds = TensorDataset(torch.arange(10) * 10)
sub = Subset(ds, [1, 3, 5])
print(len(sub), sub[0], sub[2])
cat = ConcatDataset([sub, TensorDataset(torch.tensor([-1, -2]))])
print(len(cat), cat[3], cat[4])
