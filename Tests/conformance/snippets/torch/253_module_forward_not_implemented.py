import torch
import torch.nn as nn

class Empty(nn.Module):
    pass

try:
    Empty()(torch.zeros(1))
except NotImplementedError as e:
    print(type(e).__name__, e)
