import torch
import torch.nn as nn
model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
try:
    model(torch.zeros(4, 28, 28))
except RuntimeError as e:
    print(e)
print(model(torch.zeros(4, 28, 28).view(4, -1)).shape)
