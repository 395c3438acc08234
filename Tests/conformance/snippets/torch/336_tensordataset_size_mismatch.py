import torch
from torch.utils.data import TensorDataset
try:
    TensorDataset(torch.zeros(3, 2), torch.zeros(4))
except AssertionError as e:
    print(type(e).__name__, e)
