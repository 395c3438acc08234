import torch
from torch.utils.data import DataLoader
data = [(torch.tensor([1.0, 2.0]), 0), (torch.tensor([3.0, 4.0]), 1), (torch.tensor([5.0, 6.0]), 1)]
for x, y in DataLoader(data, batch_size=2):
    print(x, y)
