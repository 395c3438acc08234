import torch
from torch.utils.data import TensorDataset, DataLoader
ds = TensorDataset(torch.tensor([[1.0, 2.0], [3.0, 4.0]]), torch.tensor([5, 6]))
loader = DataLoader(ds)
print(len(loader))
for x, y in loader:
    print(x, y)
