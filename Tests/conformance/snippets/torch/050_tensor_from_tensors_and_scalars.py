import torch
import numpy as np
print(torch.tensor([torch.tensor(1.0), torch.tensor(2.0)]))
print(torch.stack([torch.tensor(1.0), torch.tensor(2.0)]))
print(torch.tensor(np.float64(2.5)))
print(torch.tensor(np.int64(3)))
print(torch.tensor([np.float32(0.5), np.float32(1.5)]))
print(torch.tensor((1, 2, 3)))
print(torch.tensor(range(4)))
