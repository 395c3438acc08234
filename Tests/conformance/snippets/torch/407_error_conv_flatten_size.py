import torch
import torch.nn as nn
model = nn.Sequential(nn.Conv2d(1, 4, 3), nn.Flatten(), nn.Linear(4 * 28 * 28, 10))
try:
    model(torch.zeros(2, 1, 28, 28))
except RuntimeError as e:
    print(e)
