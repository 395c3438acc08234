import torch
from torch.utils.data import Dataset, DataLoader

class D(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, i):
        return {'x': torch.tensor([i, i + 1]), 'label': i % 2}

for batch in DataLoader(D(), batch_size=2):
    print(sorted(batch.keys()))
    print(batch['x'])
    print(batch['label'])
