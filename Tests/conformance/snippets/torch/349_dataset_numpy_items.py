import numpy as np
import torch
from torch.utils.data import Dataset, DataLoader

class NP(Dataset):
    def __init__(self):
        self.x = np.arange(12, dtype=np.float64).reshape(4, 3)
        self.y = np.array([0, 1, 0, 1])

    def __len__(self):
        return len(self.x)

    def __getitem__(self, i):
        return self.x[i], self.y[i]

for xb, yb in DataLoader(NP(), batch_size=3):
    print(xb, yb)
