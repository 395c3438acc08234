import torch
from torch.utils.data import TensorDataset, DataLoader
g = torch.Generator()
g.manual_seed(1)
loader = DataLoader(TensorDataset(torch.arange(8)), batch_size=3, shuffle=True, generator=g)
print([b[0].tolist() for b in loader])
print([b[0].tolist() for b in loader])
