import torch
from torch.utils.data import Dataset, DataLoader

class D(Dataset):
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return float(i) / 2, i, (i, -i)

for a, b, c in DataLoader(D(), batch_size=3):
    print(a, a.dtype)
    print(b, b.dtype)
    print(c)
