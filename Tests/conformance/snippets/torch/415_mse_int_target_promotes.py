import torch
import torch.nn as nn
try:
    nn.MSELoss()(torch.tensor([1.0, 2.0]), torch.tensor([1, 2]))
    print('ok')
except RuntimeError as e:
    print(e)
