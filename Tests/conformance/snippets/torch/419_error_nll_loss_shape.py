import torch
import torch.nn.functional as F
try:
    F.nll_loss(torch.zeros(3, 4), torch.tensor([0, 1]))
except ValueError as e:
    print(type(e).__name__, e)
