import torch
import torch.nn as nn
lstm = nn.LSTM(4, 3, batch_first=True)
try:
    lstm(torch.zeros(2, 5, 3))
except RuntimeError as e:
    print(e)
