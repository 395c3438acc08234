import torch
from torch.utils.data import TensorDataset, DataLoader
ds = TensorDataset(torch.arange(6.0).unsqueeze(1), torch.arange(6))
loader = DataLoader(ds, batch_size=4, shuffle=False)
for epoch in range(2):
    total = 0.0
    n = 0
    for x, y in loader:
        total += x.sum().item()
        n += len(y)
    print(epoch, total, n, len(loader.dataset))
