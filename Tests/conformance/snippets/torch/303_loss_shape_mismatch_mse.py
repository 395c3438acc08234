import torch
import torch.nn.functional as F
try:
    F.mse_loss(torch.ones(2, 3), torch.ones(2, 4))
except RuntimeError as e:
    print(e)
