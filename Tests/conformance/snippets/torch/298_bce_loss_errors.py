import torch
import torch.nn as nn
try:
    nn.BCELoss()(torch.tensor([1.5, 0.5]), torch.tensor([1.0, 0.0]))
except RuntimeError as e:
    print(e)
try:
    nn.BCELoss()(torch.tensor([0.5, 0.5]), torch.tensor([[1.0, 0.0]]))
except ValueError as e:
    print(e)
